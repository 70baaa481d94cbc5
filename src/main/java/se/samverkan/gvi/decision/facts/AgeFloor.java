package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MinimumAgeRow;
import se.samverkan.gvi.decision.internal.RuleMeta;

/**
 * A row of the minimum-age table {@code gvi/lever-min-ages.drl.csv} (GVI-08): the lever may be used
 * only from this age, for the legal reason the row gives. The rules apply it only where it is higher
 * than the catalogue's own minimum age, so the table can raise an age but never lower it.
 */
public record AgeFloor(String lever, int age, String legalBasis) {

    /** The fact a compiled row of the table inserts. */
    public static AgeFloor of(Rule rule, Lever lever, int age) {
        return new AgeFloor(lever.code(), age, RuleMeta.legalBasis(rule));
    }

    /** The same fact for a row read as data (a row a scenario adds to the table). */
    public static AgeFloor of(MinimumAgeRow row) {
        return new AgeFloor(row.lever(), row.age(), row.legalReference());
    }
}
