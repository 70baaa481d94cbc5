/**
 * The facts the rules reason over, and the Drools build and session handling. Input facts are
 * inserted by {@link se.samverkan.gvi.decision.internal.FactSet}; every fact a rule derives carries
 * the id of the rule that derived it, so firings are explained without a listener.
 */
@NullMarked
package se.samverkan.gvi.decision.internal;

import org.jspecify.annotations.NullMarked;
