/**
 * The coordinator and reviewer pages (docs/pages.md): server-rendered, Swedish first with an English
 * switch. Thin controllers over the same application services the API uses, so a decision taken
 * on a page goes through the same checks, rules and decision log as one taken through the API.
 */
@NullMarked
package se.samverkan.gvi.ui;

import org.jspecify.annotations.NullMarked;
