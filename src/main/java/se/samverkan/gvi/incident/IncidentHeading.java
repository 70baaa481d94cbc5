package se.samverkan.gvi.incident;

import java.time.OffsetDateTime;

/**
 * What a list shows of an incident beside its recommendation: reference, status, type and time of the
 * current version. It names no person, so reading it is not an incident read of the decision log; the
 * list's own read is logged.
 */
public record IncidentHeading(String reference, IncidentStatus status, String type, OffsetDateTime occurredAt) {}
