package se.samverkan.gvi.group;

import java.time.LocalDate;

/** A mapped individual, known only by a pseudonymous reference, with the facts agencies report. */
public record Person(
        String ref,
        LocalDate birthDate,
        boolean underSupervision,
        boolean unservedSentence,
        boolean outstandingWarrant,
        boolean enforcementDebt,
        boolean registeredVehicle,
        boolean priorViolentOffence,
        boolean inCustody,
        boolean supportAccepted) {
}
