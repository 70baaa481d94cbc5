package se.samverkan.gvi.decision;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The current facts agencies report about a person (SPEC §2). Each true fact is a possible
 * individual legal ground; lever preconditions in {@code rules/levers.yaml} name them.
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

    /**
     * The facts that can give an individual legal ground for a sanction. Custody is a reason not to
     * sanction, and accepting support is information only: it never raises a sanction (SPEC §2).
     */
    public static Set<String> legalGrounds() {
        return Set.of("underSupervision", "unservedSentence", "outstandingWarrant", "enforcementDebt",
                "registeredVehicle", "priorViolentOffence");
    }
}
