/**
 * The rule module: {@code runtime} (the active rule set per site, which the service uses),
 * {@code check} (compile, lint and scenarios of a rule folder), {@code governance} (reload, four
 * eyes, history, impact) and {@code cli} (the command line for legal reviewers).
 */
@NullMarked
package se.samverkan.gvi.rules;

import org.jspecify.annotations.NullMarked;
