package se.samverkan.gvi.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/groups/{ref}/sanction-rounds/{id}/closure}. */
public record ClosureRequest(@NotBlank @Size(max = 4000) String effectReview) {
}
