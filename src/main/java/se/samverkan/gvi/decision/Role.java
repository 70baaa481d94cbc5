package se.samverkan.gvi.decision;

/** The part a group played in an incident. */
public enum Role {
    PERPETRATOR,
    VICTIM
}
