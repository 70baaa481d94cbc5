package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** A member covered by group enforcement, suspect or not (GVI-04). */
public record Enforced(String groupRef, String personRef, String ruleId) implements Derived {

    public static Enforced of(Rule rule, String groupRef, String personRef) {
        return new Enforced(groupRef, personRef, RuleMeta.id(rule));
    }
}
