package se.samverkan.gvi.recommendation;

/** Where a recommendation stands in its review (docs/behaviour.md, "Terms"). */
public enum RecommendationStatus {
    PENDING_REVIEW,
    APPROVED,
    PARTIALLY_APPROVED,
    REJECTED,
    SUPERSEDED,
    WITHDRAWN;

    /** True while a coordinator's decision still applies: not replaced, withdrawn or rejected. */
    public boolean stands() {
        return this != REJECTED && this != SUPERSEDED && this != WITHDRAWN;
    }
}
