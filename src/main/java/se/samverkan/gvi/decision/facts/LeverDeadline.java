package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/**
 * A shorter deadline for one lever in one group's case than the promise gives (GVI-13): every action
 * with the lever is due within {@code days}, and its explanation names the legal basis.
 */
public record LeverDeadline(String groupRef, String lever, int days, int promiseDays, String legalBasis, String ruleId)
        implements Derived {

    public static LeverDeadline of(Rule rule, Deadline promised, DeadlineLimit limit) {
        return new LeverDeadline(
                promised.groupRef(),
                limit.lever(),
                limit.days(),
                promised.days(),
                limit.legalBasis(),
                RuleMeta.id(rule));
    }
}
