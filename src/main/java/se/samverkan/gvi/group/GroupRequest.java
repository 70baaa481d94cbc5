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

/** Body of {@code PUT /api/v1/groups/{ref}}: the group and one (new) audit of its members. */
@PlainText
@Pseudonymous
public record GroupRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String area,
        @Size(max = 50) List<@NotNull @Reference String> rivals,
        @NotNull @Valid Audit audit) {

    public GroupRequest {
        rivals = rivals == null ? List.of() : List.copyOf(rivals);
    }

    /** One dated mapping of the group (kartläggning), each person listed once. */
    @NoPersonTwice
    public record Audit(
            @NotNull @EventDate LocalDate mappedOn,
            @NotNull @Size(max = 500) List<@NotNull @Valid Member> members) {}

    /** A mapped member; {@code exitedOn} set when they left, not before they joined. */
    @ExitNotBeforeJoin
    public record Member(
            @NotNull @Reference String personRef,
            @NotNull @EventDate LocalDate joinedOn,
            @Nullable @EventDate LocalDate exitedOn) {}
}
