package se.samverkan.gvi.group;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;
import se.samverkan.gvi.input.BirthDate;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code PUT /api/v1/persons/{ref}}; facts that are left out are false. */
@PlainText
@Pseudonymous
@Schema(example = """
        {"birthDate":"2009-06-01","underSupervision":true,"registeredVehicle":false,"priorViolentOffence":true}""")
public record PersonRequest(
        @NotNull @BirthDate LocalDate birthDate,
        @Nullable Boolean underSupervision,
        @Nullable Boolean unservedSentence,
        @Nullable Boolean outstandingWarrant,
        @Nullable Boolean enforcementDebt,
        @Nullable Boolean registeredVehicle,
        @Nullable Boolean priorViolentOffence,
        @Nullable Boolean inCustody,
        @Nullable Boolean supportAccepted) {
}
