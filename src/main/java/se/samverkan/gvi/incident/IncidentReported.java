package se.samverkan.gvi.incident;

import java.util.List;
import java.util.UUID;

/**
 * A version of an incident was stored and evaluated: the first report ({@code version} 1) or an
 * amendment. Published inside the storing transaction; listeners that tell users about it should
 * listen after commit, so nobody is told about a report that was rolled back.
 *
 * @param recommendationIds the recommendations this version produced, all pending review
 */
public record IncidentReported(String site, String reference, int version, List<UUID> recommendationIds) {

    public IncidentReported {
        recommendationIds = List.copyOf(recommendationIds);
    }
}
