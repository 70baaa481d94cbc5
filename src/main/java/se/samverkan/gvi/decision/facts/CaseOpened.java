package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** Marks that a group's case is decided on its own (GVI-16). */
public record CaseOpened(String groupRef, String ruleId) implements Derived {

    public static CaseOpened of(Rule rule, String groupRef) {
        return new CaseOpened(groupRef, RuleMeta.id(rule));
    }
}
