package se.samverkan.gvi.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.EventDate;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Body of {@code POST /api/v1/recommendations/{id}/actions/{actionId}/outcome}: an agency reports back. */
@PlainText
@Pseudonymous
public record OutcomeRequest(
        @NotNull @EventDate LocalDate executedOn,
        @NotNull ActionOutcome outcome,
        @Nullable @Size(max = 2000) String note) {}
