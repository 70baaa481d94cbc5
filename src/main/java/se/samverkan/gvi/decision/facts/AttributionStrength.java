package se.samverkan.gvi.decision.facts;

import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.internal.RuleMeta;

/**
 * Whether a perpetrator attribution is strong enough for enforcement, as the decision table
 * {@code attribution-thresholds.drl.csv} says (GVI-03).
 */
public record AttributionStrength(String groupRef, boolean enforce, String ruleId) implements Derived {

    /**
     * @param consequences the table's "ja" or "nej" (whether the whole group faces consequences)
     * @throws IllegalArgumentException in Swedish for any other word
     */
    public static AttributionStrength of(Rule rule, String groupRef, String consequences) {
        boolean enforce = switch (consequences.strip()) {
            case "ja" -> true;
            case "nej" -> false;
            default ->
                throw new IllegalArgumentException("Okänt svar \"" + consequences
                        + "\" om konsekvenser för gruppen i tabellen. Skriv ja eller nej.");
        };
        return new AttributionStrength(groupRef, enforce, RuleMeta.id(rule));
    }
}
