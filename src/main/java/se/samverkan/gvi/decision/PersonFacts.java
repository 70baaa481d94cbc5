package se.samverkan.gvi.decision;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The current facts agencies report about a person. Which of them can give an individual legal
 * ground for a sanction, and their Swedish words, is the legal reviewer's vocabulary
 * ({@code rules/vocabulary/person-facts.yaml}); lever preconditions in {@code rules/levers.yaml}
 * name them.
 */
public record PersonFacts(
        boolean underSupervision,
        boolean unservedSentence,
        boolean outstandingWarrant,
        boolean enforcementDebt,
        boolean registeredVehicle,
        boolean priorViolentOffence,
        boolean inCustody,
        boolean supportAccepted) {

    public static final PersonFacts NONE = new PersonFacts(false, false, false, false, false, false, false, false);

    /** The names of the facts that are true, as lever preconditions spell them. */
    public Set<String> trueFacts() {
        Set<String> names = new LinkedHashSet<>();
        if (underSupervision) names.add("underSupervision");
        if (unservedSentence) names.add("unservedSentence");
        if (outstandingWarrant) names.add("outstandingWarrant");
        if (enforcementDebt) names.add("enforcementDebt");
        if (registeredVehicle) names.add("registeredVehicle");
        if (priorViolentOffence) names.add("priorViolentOffence");
        if (inCustody) names.add("inCustody");
        if (supportAccepted) names.add("supportAccepted");
        return Set.copyOf(names);
    }

    /** The name of every fact, as lever preconditions and the vocabulary spell them. */
    public static Set<String> codes() {
        return Set.of("underSupervision", "unservedSentence", "outstandingWarrant", "enforcementDebt",
                "registeredVehicle", "priorViolentOffence", "inCustody", "supportAccepted");
    }

    /**
     * The facts named true, the others false.
     *
     * @throws IllegalArgumentException for a name that is no fact
     */
    public static PersonFacts of(Set<String> trueFacts) {
        Set<String> unknown = new LinkedHashSet<>(trueFacts);
        unknown.removeAll(codes());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no person fact " + unknown);
        }
        return new PersonFacts(trueFacts.contains("underSupervision"), trueFacts.contains("unservedSentence"),
                trueFacts.contains("outstandingWarrant"), trueFacts.contains("enforcementDebt"),
                trueFacts.contains("registeredVehicle"), trueFacts.contains("priorViolentOffence"),
                trueFacts.contains("inCustody"), trueFacts.contains("supportAccepted"));
    }
}
