package se.samverkan.gvi.decision;

import java.util.Set;

/**
 * The current facts agencies report about a person, as the codes of the facts that are true. Which
 * facts exist, which of them can give an individual legal ground for a sanction, and their Swedish
 * words, is the legal reviewer's vocabulary ({@code rules/vocabulary/person-facts.yaml}); lever
 * preconditions in {@code rules/levers.yaml} name them.
 */
public record PersonFacts(Set<String> trueFacts) {

    public static final PersonFacts NONE = new PersonFacts(Set.of());

    public PersonFacts {
        trueFacts = Set.copyOf(trueFacts);
    }

    /** The facts named true, the others false. */
    public static PersonFacts of(Set<String> trueFacts) {
        return new PersonFacts(trueFacts);
    }

    /** The facts named true, the others false. */
    public static PersonFacts of(String... trueFacts) {
        return new PersonFacts(Set.of(trueFacts));
    }

    /** True when the fact is reported true for the person. */
    public boolean has(String fact) {
        return trueFacts.contains(fact);
    }
}
