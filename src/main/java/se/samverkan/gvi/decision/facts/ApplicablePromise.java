package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.internal.RuleMeta;

/**
 * The promise that decides a group's case, and whether the group was on notice of it: it was
 * delivered at a call-in held before the incident date and is still in force (docs/behaviour.md,
 * "The applicable promise").
 */
public record ApplicablePromise(String groupRef, Promise promise, boolean onNotice, String ruleId) implements Derived {

    public static ApplicablePromise of(Rule rule, String groupRef, Promise promise, boolean onNotice) {
        return new ApplicablePromise(groupRef, promise, onNotice, RuleMeta.id(rule));
    }
}
