package se.samverkan.gvi.incident;

import java.time.Instant;
import java.util.List;
import se.samverkan.gvi.recommendation.RecommendationSummary;

/** The answer to reporting or amending an incident (docs/api.md): the version and its recommendations. */
public record IncidentReport(
        String reference,
        int version,
        Instant reportedAt,
        List<RecommendationSummary> recommendations,
        List<String> unattributedSuspects) {}
