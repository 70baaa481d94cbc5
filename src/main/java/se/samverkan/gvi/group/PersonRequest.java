package se.samverkan.gvi.group;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Body of {@code PUT /api/v1/persons/{ref}}; facts that are left out are false. */
public record PersonRequest(
        @NotNull @Past LocalDate birthDate,
        @Nullable Boolean underSupervision,
        @Nullable Boolean unservedSentence,
        @Nullable Boolean outstandingWarrant,
        @Nullable Boolean enforcementDebt,
        @Nullable Boolean registeredVehicle,
        @Nullable Boolean priorViolentOffence,
        @Nullable Boolean inCustody,
        @Nullable Boolean supportAccepted) {
}
