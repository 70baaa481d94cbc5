package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** The outcome the rules decided for a group, with its one-sentence Swedish summary. */
public record CaseOutcome(String groupRef, Outcome outcome, String summary, String ruleId) implements Derived {

    public static CaseOutcome of(Rule rule, String groupRef, Outcome outcome, String summary) {
        return new CaseOutcome(groupRef, outcome, summary, RuleMeta.id(rule));
    }
}
