package se.samverkan.gvi.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Body of {@code POST /api/v1/groups/{ref}/sanction-rounds/{id}/closure}. */
@PlainText
@Pseudonymous
public record ClosureRequest(@NotBlank @Size(max = 4000) String effectReview) {}
