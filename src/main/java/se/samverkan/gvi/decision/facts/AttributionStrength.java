package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/**
 * Whether a perpetrator attribution is strong enough for enforcement, as the decision table
 * {@code attribution-thresholds.drl.csv} says (GVI-03).
 */
public record AttributionStrength(String groupRef, boolean enforce, String ruleId) implements Derived {

    public static AttributionStrength of(Rule rule, String groupRef, boolean enforce) {
        return new AttributionStrength(groupRef, enforce, RuleMeta.id(rule));
    }
}
