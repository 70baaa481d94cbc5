package se.samverkan.gvi.decision;

/**
 * Why a member is left out of a lever, or of enforcement as a whole, by the code the API shows. The
 * codes and their words are the legal reviewer's vocabulary
 * ({@code rules/vocabulary/exclusion-reasons.yaml}): a rule names a reason by its Swedish words and
 * the check refuses words the vocabulary lacks.
 */
public record ExclusionReason(String code) {

    public ExclusionReason {
        if (code.isBlank()) {
            throw new IllegalArgumentException("an exclusion reason needs a code");
        }
    }

    public static ExclusionReason of(String code) {
        return new ExclusionReason(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
