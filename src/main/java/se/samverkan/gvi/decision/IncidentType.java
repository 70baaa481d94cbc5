package se.samverkan.gvi.decision;

/**
 * A kind of reported violence, by the code the API and the promises' triggers use. The codes and
 * their Swedish and English words are the legal reviewer's vocabulary
 * ({@code rules/vocabulary/incident-types.yaml}): a new type needs no Java.
 */
public record IncidentType(String code) {

    public IncidentType {
        if (code.isBlank()) {
            throw new IllegalArgumentException("an incident type needs a code");
        }
    }

    public static IncidentType of(String code) {
        return new IncidentType(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
