package se.samverkan.gvi.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/incidents/{reference}/retraction}. */
public record RetractionRequest(@NotBlank @Size(max = 2000) String reason) {
}
