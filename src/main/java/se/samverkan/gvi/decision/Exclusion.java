package se.samverkan.gvi.decision;

import org.jspecify.annotations.Nullable;

/**
 * A member left out of one lever (lever set) or of enforcement as a whole (lever null), with the
 * reason, the rule that decided it and one plain Swedish sentence.
 */
public record Exclusion(
        String personRef,
        @Nullable String lever,
        ExclusionReason reason,
        String ruleId,
        String legalBasis,
        String explanation) {}
