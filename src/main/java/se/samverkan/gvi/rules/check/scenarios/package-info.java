/**
 * The vocabulary of the rule scenarios under {@code features/}: Cucumber step definitions,
 * parameter types and table transformers that turn a coordinator's Swedish (or English) sentences
 * into engine facts, evaluate them with the rule set of {@link se.samverkan.gvi.rules.check.scenarios.ScenarioRules}
 * and check the recommendations. It uses only the public API of {@code se.samverkan.gvi.decision},
 * so {@code rules check} can run the same scenarios against a reviewer's folder without Spring.
 */
@NullMarked
package se.samverkan.gvi.rules.check.scenarios;

import org.jspecify.annotations.NullMarked;
