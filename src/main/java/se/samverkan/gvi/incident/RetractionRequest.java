package se.samverkan.gvi.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** Body of {@code POST /api/v1/incidents/{reference}/retraction}. */
@PlainText
@Pseudonymous
public record RetractionRequest(@NotBlank @Size(max = 2000) String reason) {}
