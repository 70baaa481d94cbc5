package se.samverkan.gvi.incident;

import java.util.List;
import java.util.UUID;

/** The answer to a retraction: which pending recommendations were withdrawn. */
public record Retraction(String reference, IncidentStatus status, List<UUID> withdrawn) {}
