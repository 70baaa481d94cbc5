package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** The group repeated violence within the escalation window (GVI-14). */
public record Escalation(String groupRef, String earlierIncident, String ruleId) implements Derived {

    public static Escalation of(Rule rule, String groupRef, String earlierIncident) {
        return new Escalation(groupRef, earlierIncident, RuleMeta.id(rule));
    }
}
