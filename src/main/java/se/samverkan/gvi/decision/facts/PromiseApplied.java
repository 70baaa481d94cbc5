package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** Records which promise a recommendation follows, for its explanation (GVI-18). */
public record PromiseApplied(String groupRef, String promiseId, String ruleId) implements Derived {

    public static PromiseApplied of(Rule rule, String groupRef, String promiseId) {
        return new PromiseApplied(groupRef, promiseId, RuleMeta.id(rule));
    }
}
