package se.samverkan.gvi.decision;

import java.time.LocalDate;

/**
 * An earlier GROUP_ENFORCEMENT recommendation of the same group that still stands (not rejected,
 * superseded or withdrawn), for escalation (GVI-14).
 */
public record PriorEnforcement(String incidentReference, LocalDate incidentDate) {}
