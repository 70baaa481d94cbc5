/**
 * The facts the rules reason over, published to the rule files under {@code rules/} (they import
 * this package): input facts inserted by the engine, and the facts a rule derives, each carrying the
 * id of the rule that derived it so firings are explained without a listener.
 */
@NullMarked
package se.samverkan.gvi.decision.facts;

import org.jspecify.annotations.NullMarked;
