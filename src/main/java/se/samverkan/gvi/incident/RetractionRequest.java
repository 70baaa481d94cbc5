package se.samverkan.gvi.incident;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Body of {@code POST /api/v1/incidents/{reference}/retraction}. */
@PlainText
@Pseudonymous
@Schema(example = """
        {"reason":"Händelsen var registrerad på fel grupp (fiktivt)."}""")
public record RetractionRequest(@NotBlank @Size(max = 2000) String reason) {}
