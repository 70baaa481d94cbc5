/**
 * Rule governance: checking a rule folder (compile, lint, scenarios), the command line tools for
 * legal reviewers, and (in the service) which rule-set version is active.
 */
@NullMarked
package se.samverkan.gvi.rules;

import org.jspecify.annotations.NullMarked;
