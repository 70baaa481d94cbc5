package se.samverkan.gvi.incident;

/** An incident stands until the police retract it. */
public enum IncidentStatus {
    ACTIVE,
    RETRACTED
}
