package se.samverkan.gvi.recommendation;

import java.util.UUID;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;

/**
 * A recommendation in {@code GET /api/v1/incidents/{reference}}, which lists those of every
 * version: with the version it came from and whether a decided one needs a new review.
 */
public record IncidentRecommendation(
        UUID id,
        int incidentVersion,
        String groupRef,
        Outcome outcome,
        Priority priority,
        RecommendationStatus status,
        boolean needsReview) {}
