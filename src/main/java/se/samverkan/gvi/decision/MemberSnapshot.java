package se.samverkan.gvi.decision;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One person in the group audit that applies on the incident date, with their current facts. */
public record MemberSnapshot(
        String personRef,
        LocalDate birthDate,
        LocalDate joinedOn,
        @Nullable LocalDate exitedOn,
        PersonFacts facts) {

    public MemberSnapshot {
        Objects.requireNonNull(personRef, "personRef");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(joinedOn, "joinedOn");
        Objects.requireNonNull(facts, "facts");
    }
}
