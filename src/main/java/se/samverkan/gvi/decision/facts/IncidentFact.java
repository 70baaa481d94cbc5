package se.samverkan.gvi.decision.facts;

import java.time.LocalDate;
import se.samverkan.gvi.decision.IncidentType;

/**
 * The incident as the rules see it: its type, the type's Swedish words from the vocabulary with
 * their article ("en skjutning", "ett mord"), and its calendar date in the configured zone.
 */
public record IncidentFact(String reference, IncidentType type, String typeSv, LocalDate date) {}
