package se.samverkan.gvi.group;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.BirthDate;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/**
 * Body of {@code PUT /api/v1/persons/{ref}}: the birth date and the facts of the vocabulary
 * ({@code rules/vocabulary/person-facts.yaml}) as booleans by their codes; facts that are left out
 * (or null) are false. Every other field is caught here and refused by {@link GroupService}, which
 * knows the site's vocabulary.
 */
@PlainText
@Pseudonymous
@Schema(additionalPropertiesSchema = Boolean.class)
public record PersonRequest(
        @NotNull @BirthDate LocalDate birthDate,
        @Schema(hidden = true) @JsonAnySetter Map<String, @Nullable Boolean> facts) {

    public PersonRequest {
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The codes of the facts given as true. */
    Set<String> trueFacts() {
        return facts.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
