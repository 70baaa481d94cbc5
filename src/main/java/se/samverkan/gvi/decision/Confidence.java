package se.samverkan.gvi.decision;

/** How sure the police are of an attribution, strongest first. */
public enum Confidence {
    CONFIRMED,
    PROBABLE,
    SUSPECTED;

    /**
     * A confidence as the legal reviewer writes it in a decision table: "bekräftad", "trolig" or
     * "möjlig" (the words the scenarios use; a group's link is never "misstänkt", which in Swedish law
     * is said of a person), or the API's code.
     *
     * @throws IllegalArgumentException in Swedish, naming the words there are
     */
    public static Confidence fromTable(String word) {
        return switch (word.strip()) {
            case "bekräftad", "CONFIRMED" -> CONFIRMED;
            case "trolig", "PROBABLE" -> PROBABLE;
            case "möjlig", "SUSPECTED" -> SUSPECTED;
            default ->
                throw new IllegalArgumentException(
                        "Okänd säkerhet \"" + word + "\" i tabellen. Skriv bekräftad, trolig eller möjlig.");
        };
    }
}
