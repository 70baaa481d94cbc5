package se.samverkan.gvi.recommendation;

/** Where one action stands: proposed by the rules, decided by a coordinator, reported by an agency. */
public enum ActionStatus {
    PROPOSED,
    APPROVED,
    NOT_APPROVED,
    EXECUTED,
    NOT_POSSIBLE
}
