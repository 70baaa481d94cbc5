package se.samverkan.gvi.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Body of {@code POST /api/v1/recommendations/{id}/actions/{actionId}/outcome}: an agency reports back. */
public record OutcomeRequest(
        @NotNull LocalDate executedOn,
        @NotNull ActionOutcome outcome,
        @Nullable @Size(max = 2000) String note) {
}
