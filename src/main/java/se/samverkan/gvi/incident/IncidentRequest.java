package se.samverkan.gvi.incident;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.input.EventDate;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;
import se.samverkan.gvi.input.Reference;

/**
 * An incident as the police liaison reports it (body of POST/PUT {@code /api/v1/incidents} and of
 * {@code POST /api/v1/evaluations}); also the {@code current} fields of a stored incident.
 */
@PlainText
@Pseudonymous
@NoGroupTwice
public record IncidentRequest(
        @NotNull @Reference String reference,
        @NotNull String type,
        @NotNull @EventDate OffsetDateTime occurredAt,
        @Nullable @Size(max = 200) String area,
        @Nullable @Size(max = 2000) String summary,
        @Size(max = 50) List<@NotNull @Valid AttributionRequest> attributions,
        @Size(max = 200) List<@NotNull @Reference String> suspects) {

    public IncidentRequest {
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        suspects = suspects == null ? List.of() : List.copyOf(suspects);
    }

    /** The incident this request reports, once the input policy has passed it. */
    public Incident incident() {
        return new Incident(
                reference,
                type,
                occurredAt,
                area,
                summary,
                attributions.stream()
                        .map(a -> new Attribution(a.groupRef(), a.role(), a.confidence()))
                        .toList(),
                suspects);
    }

    /** The link of the incident to one group. */
    public record AttributionRequest(
            @NotNull @Reference String groupRef,
            @NotNull Role role,
            @NotNull Confidence confidence) {}
}
