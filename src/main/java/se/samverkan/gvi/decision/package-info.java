/**
 * The decision engine: incident facts in, one {@link se.samverkan.gvi.decision.Recommendation} per
 * attributed group out. The only module that knows Drools; everything it exposes is plain Java.
 */
@NullMarked
package se.samverkan.gvi.decision;

import org.jspecify.annotations.NullMarked;
