package se.samverkan.gvi.incident;

import java.time.Instant;
import java.util.List;
import se.samverkan.gvi.recommendation.IncidentRecommendation;

/** A stored incident with its versions and the recommendations of every version (docs/api.md). */
public record IncidentView(
        String reference,
        IncidentStatus status,
        int version,
        IncidentRequest current,
        List<VersionView> versions,
        List<IncidentRecommendation> recommendations) {

    public record VersionView(int version, Instant reportedAt, String reportedBy) {}
}
