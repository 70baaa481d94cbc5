/**
 * What every HTTP endpoint shares: the refusals as RFC 9457 problem details, paging and JSON
 * settings.
 */
@NullMarked
package se.samverkan.gvi.web;

import org.jspecify.annotations.NullMarked;
