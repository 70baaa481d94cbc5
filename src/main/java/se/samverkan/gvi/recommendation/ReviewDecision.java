package se.samverkan.gvi.recommendation;

/** A coordinator's decision on a recommendation (docs/api.md). */
public enum ReviewDecision {
    APPROVED,
    PARTIALLY_APPROVED,
    REJECTED
}
