package se.samverkan.gvi.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Body of {@code POST /api/v1/groups/{ref}/sanction-rounds/{id}/closure}. */
@PlainText
@Pseudonymous
@Schema(example = """
        {"effectReview":"Inga nya skjutningar under omgången (fiktivt)."}""")
public record ClosureRequest(@NotBlank @Size(max = 4000) String effectReview) {}
