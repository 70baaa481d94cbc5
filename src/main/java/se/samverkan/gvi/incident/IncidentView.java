package se.samverkan.gvi.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import se.samverkan.gvi.recommendation.IncidentRecommendation;

/**
 * A stored incident with its versions and the recommendations of every version (docs/api.md).
 *
 * @param current the current version's content, in the fields of the body that reported it
 */
public record IncidentView(
        String reference,
        IncidentStatus status,
        int version,
        @Schema(implementation = IncidentRequest.class) Incident current,
        List<VersionView> versions,
        List<IncidentRecommendation> recommendations) {

    public record VersionView(int version, Instant reportedAt, String reportedBy) {}
}
