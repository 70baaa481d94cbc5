package se.samverkan.gvi.recommendation;

/** What the agency reports back about an approved action. */
public enum ActionOutcome {
    EXECUTED,
    NOT_POSSIBLE
}
