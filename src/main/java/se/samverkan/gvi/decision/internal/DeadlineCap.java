package se.samverkan.gvi.decision.internal;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Priority;

/**
 * A row of the deadline table {@code gvi/lever-deadlines.drl.csv} that matches a group's deadline
 * priority (GVI-13): actions with the lever are due within these days, for the legal reason the row
 * gives. The rules apply it only where it is shorter than the promise's days.
 */
public record DeadlineCap(String groupRef, Priority priority, String lever, int days, String legalBasis,
                          String ruleId) implements Derived {

    public static DeadlineCap of(Rule rule, Deadline deadline, Lever lever, int days) {
        return new DeadlineCap(deadline.groupRef(), deadline.priority(), lever.code(), days, RuleMeta.legalBasis(rule),
                RuleMeta.id(rule));
    }
}
