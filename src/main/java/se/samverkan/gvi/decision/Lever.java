package se.samverkan.gvi.decision;

import org.jspecify.annotations.Nullable;

/**
 * A legal measure one agency can take against one person (catalogue {@code rules/levers.yaml}).
 *
 * @param precondition for sanction levers the name of the {@link PersonFacts} fact that gives the
 *                     individual legal ground; for other levers a description the rules interpret
 * @param ground       the ground in plain Swedish, used in explanations ("står under övervakning")
 * @param minAge       the lowest age on the incident date at which the lever may be used, or null
 */
public record Lever(
        String code,
        String nameSv,
        String nameEn,
        String agency,
        String legalBasis,
        String precondition,
        String ground,
        @Nullable Integer minAge,
        boolean sanction) {

    /** The minimum age, or 0 when the lever has none. */
    public int minimumAge() {
        return minAge == null ? 0 : minAge;
    }
}
