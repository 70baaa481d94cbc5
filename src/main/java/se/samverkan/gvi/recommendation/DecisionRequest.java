package se.samverkan.gvi.recommendation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Body of {@code POST /api/v1/recommendations/{id}/decision}. */
@PlainText
@Pseudonymous
@CompleteDecision
public record DecisionRequest(
        @NotNull ReviewDecision decision,
        @Nullable @Size(max = 1000) List<@NotNull UUID> approvedActionIds,
        @Nullable @Size(max = 2000) String reason) {}
