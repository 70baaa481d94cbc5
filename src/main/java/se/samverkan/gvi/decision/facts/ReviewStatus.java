package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** The status a recommendation starts in: a human must decide (GVI-17). */
public record ReviewStatus(String groupRef, String status, String ruleId) implements Derived {

    public static ReviewStatus of(Rule rule, String groupRef, String status) {
        return new ReviewStatus(groupRef, status, RuleMeta.id(rule));
    }
}
