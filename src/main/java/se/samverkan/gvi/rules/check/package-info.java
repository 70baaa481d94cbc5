/**
 * The full check of a rule folder before it goes live: compile, lint, and every scenario under
 * {@code features/} run against the rule set built from the folder; the rule catalogue for reviewers.
 */
@NullMarked
package se.samverkan.gvi.rules.check;

import org.jspecify.annotations.NullMarked;
