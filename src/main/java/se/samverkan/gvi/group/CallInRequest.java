package se.samverkan.gvi.group;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.EventDate;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;
import se.samverkan.gvi.input.Reference;

/** Body of {@code POST /api/v1/groups/{ref}/call-ins}. */
@PlainText
@Pseudonymous
public record CallInRequest(
        @NotNull @EventDate LocalDate heldOn,
        @NotBlank @Size(max = 64) String promiseId,
        @Size(max = 500) List<@NotNull @Reference String> attendees,
        @Size(max = 50) List<@NotNull @Valid Speaker> speakers,
        @Size(max = 500) List<@NotNull @Valid Notification> customNotifications) {

    public CallInRequest {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        customNotifications = customNotifications == null ? List.of() : List.copyOf(customNotifications);
    }

    public record Speaker(
            @NotNull SpeakerRole role,
            @Nullable @Size(max = 200) String name) {}

    public record Notification(
            @NotNull @Reference String personRef,
            @NotNull @EventDate LocalDate deliveredOn) {}
}
