package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** How many days from the report the group's actions are due, at which priority (GVI-13). */
public record Deadline(String groupRef, Priority priority, int days, String ruleId) implements Derived {

    public static Deadline of(Rule rule, String groupRef, Priority priority, int days) {
        return new Deadline(groupRef, priority, days, RuleMeta.id(rule));
    }
}
