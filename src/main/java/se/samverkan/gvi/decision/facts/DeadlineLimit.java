package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.DeadlineRow;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.internal.RuleMeta;

/**
 * A row of the deadline table {@code gvi/lever-deadlines.drl.csv} (GVI-13): at the priority, actions
 * with the lever are due within {@code days}, for the legal reason the row gives. The rules apply it
 * only where it is shorter than the promise's days, so the table can shorten but never lengthen.
 */
public record DeadlineLimit(Priority priority, String lever, int days, String legalBasis) {

    /** The fact a compiled row of the table inserts. */
    public static DeadlineLimit of(Rule rule, Priority priority, Lever lever, int days) {
        return new DeadlineLimit(priority, lever.code(), days, RuleMeta.legalBasis(rule));
    }

    /** The same fact for a row read as data (a row a scenario adds to the table). */
    public static DeadlineLimit of(DeadlineRow row) {
        return new DeadlineLimit(row.priority(), row.lever(), row.days(), row.legalReference());
    }
}
