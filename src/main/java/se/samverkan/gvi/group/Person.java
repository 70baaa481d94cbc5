package se.samverkan.gvi.group;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mapped individual, known only by a pseudonymous reference, with the facts agencies report. The
 * facts are those of the legal reviewer's vocabulary ({@code rules/vocabulary/person-facts.yaml}),
 * each true or false, and appear in the API as fields of their own ({@code "underSupervision": true}).
 */
@Schema(additionalPropertiesSchema = Boolean.class)
public record Person(
        String ref,
        LocalDate birthDate,
        @Schema(hidden = true) @JsonAnyGetter Map<String, Boolean> facts) {

    public Person {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The person with every fact of the vocabulary, in its order: true when reported true, else false. */
    static Person of(String ref, LocalDate birthDate, Set<String> trueFacts, Collection<String> vocabulary) {
        Map<String, Boolean> facts = new LinkedHashMap<>();
        vocabulary.forEach(code -> facts.put(code, trueFacts.contains(code)));
        return new Person(ref, birthDate, facts);
    }

    /** The codes of the facts reported true. */
    public Set<String> trueFacts() {
        return facts.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
