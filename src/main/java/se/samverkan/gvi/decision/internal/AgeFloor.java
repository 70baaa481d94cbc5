package se.samverkan.gvi.decision.internal;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Lever;

/**
 * A row of the minimum-age table {@code gvi/lever-min-ages.drl.csv} (GVI-08): the lever may be used
 * only from this age, for the legal reason the row gives. The rules apply it only where it is higher
 * than the catalogue's own minimum age, so the table can raise an age but never lower it.
 */
public record AgeFloor(String lever, int age, String legalBasis, String ruleId) {

    public static AgeFloor of(Rule rule, Lever lever, int age) {
        return new AgeFloor(lever.code(), age, RuleMeta.legalBasis(rule), RuleMeta.id(rule));
    }
}
