package se.samverkan.gvi.incident;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Attribution;

/**
 * An incident as the service stores and evaluates it: the content of one version. The API's
 * {@link IncidentRequest} and the liaison's form become one after the input policy has passed them.
 *
 * @param type a code of the site's incident types ({@code rules/vocabulary/incident-types.yaml})
 * @param attributions the attributed groups, each once
 * @param suspects pseudonymous person references
 */
public record Incident(
        String reference,
        String type,
        OffsetDateTime occurredAt,
        @Nullable String area,
        @Nullable String summary,
        List<Attribution> attributions,
        List<String> suspects) {

    public Incident {
        attributions = List.copyOf(attributions);
        suspects = List.copyOf(suspects);
    }
}
