package se.samverkan.gvi.decision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reported incident as the engine sees it.
 *
 * @param reportedAt server time when this incident version was stored; deadlines count from it
 */
public record IncidentFacts(
        String reference,
        IncidentType type,
        OffsetDateTime occurredAt,
        Instant reportedAt,
        List<Attribution> attributions,
        List<String> suspects) {

    public IncidentFacts {
        attributions = List.copyOf(attributions);
        suspects = List.copyOf(suspects);
    }
}
