package se.samverkan.gvi.decision;

/** How sure the police are of an attribution, strongest first. */
public enum Confidence {
    CONFIRMED,
    PROBABLE,
    SUSPECTED
}
