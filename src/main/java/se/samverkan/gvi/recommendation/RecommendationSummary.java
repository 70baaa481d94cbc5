package se.samverkan.gvi.recommendation;

import java.util.UUID;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;

/** A recommendation as the incident responses list it (docs/api.md). */
public record RecommendationSummary(
        UUID id, String groupRef, Outcome outcome, Priority priority, RecommendationStatus status) {}
