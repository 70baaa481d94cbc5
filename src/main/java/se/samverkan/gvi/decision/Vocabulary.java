package se.samverkan.gvi.decision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rules and scenarios speak of, as the legal reviewer keeps it in {@code rules/vocabulary/}:
 * incident types, person facts and exclusion reasons, each a code (as the API spells it) with its
 * Swedish words (as a sentence uses them: "en skjutning", "står under övervakning", "frihetsberövad")
 * and English ones.
 */
public record Vocabulary(
        Map<String, Term> incidentTypes, Map<String, Term> personFacts, Map<String, Term> exclusionReasons) {

    /** The files of the vocabulary, as a rule folder names them. */
    public static final String INCIDENT_TYPES = "vocabulary/incident-types.yaml";

    public static final String PERSON_FACTS = "vocabulary/person-facts.yaml";
    public static final String EXCLUSION_REASONS = "vocabulary/exclusion-reasons.yaml";

    /** One entry: {@code legalGround} only for person facts (whether it can ground a sanction). */
    public record Term(String code, String sv, String en, boolean legalGround) {}

    public Vocabulary {
        incidentTypes = copy(incidentTypes);
        personFacts = copy(personFacts);
        exclusionReasons = copy(exclusionReasons);
    }

    private static Map<String, Term> copy(Map<String, Term> terms) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /** The entries of one vocabulary file ({@link #INCIDENT_TYPES}, {@link #PERSON_FACTS}, {@link #EXCLUSION_REASONS}). */
    public Map<String, Term> termsIn(String file) {
        return switch (file) {
            case INCIDENT_TYPES -> incidentTypes;
            case PERSON_FACTS -> personFacts;
            case EXCLUSION_REASONS -> exclusionReasons;
            default -> throw new IllegalArgumentException("no vocabulary file " + file);
        };
    }

    /** The Swedish words for an incident type, with article ("ett mord"); the code if the vocabulary lacks it. */
    public String incidentTypeSv(String code) {
        Term term = incidentTypes.get(code);
        return term == null ? code : term.sv();
    }

    /** The Swedish words shown beside an exclusion ("frihetsberövad"); the code if the vocabulary lacks it. */
    public String exclusionReasonSv(String code) {
        Term term = exclusionReasons.get(code);
        return term == null ? code : term.sv();
    }

    /** The facts that can ground a sanction ({@code legalGround: true}). */
    public Set<String> legalGrounds() {
        return personFacts.values().stream()
                .filter(Term::legalGround)
                .map(Term::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The code of an incident type named by its Swedish or English words, in any letter case. */
    public Optional<String> incidentTypeNamed(String words) {
        return named(incidentTypes, words);
    }

    /** The code of a person fact named by its Swedish or English phrase, in any letter case. */
    public Optional<String> personFactNamed(String words) {
        return named(personFacts, words);
    }

    /** The code of an exclusion reason named by its Swedish or English words, in any letter case. */
    public Optional<String> exclusionReasonNamed(String words) {
        return named(exclusionReasons, words);
    }

    /** The Swedish words of the terms, as a list to show to someone who wrote another one. */
    public static String words(Map<String, Term> terms) {
        return terms.values().stream().map(t -> "\"" + t.sv() + "\"").collect(Collectors.joining(", "));
    }

    private static Optional<String> named(Map<String, Term> terms, String words) {
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        return terms.values().stream()
                .filter(t -> t.sv().toLowerCase(Locale.ROOT).equals(wanted)
                        || t.en().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Term::code)
                .findFirst();
    }
}
