package se.samverkan.gvi.group;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Body of {@code PUT /api/v1/groups/{ref}}: the group and one (new) audit of its members. */
public record GroupRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String area,
        @Nullable @Size(max = 50) List<@NotNull @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String> rivals,
        @NotNull @Valid Audit audit) {

    public GroupRequest {
        rivals = rivals == null ? List.of() : List.copyOf(rivals);
    }

    /** One dated mapping of the group (kartläggning). */
    public record Audit(@NotNull LocalDate mappedOn, @NotNull @Size(max = 500) List<@NotNull @Valid Member> members) {
    }

    /** A mapped member; {@code exitedOn} set when they left. */
    public record Member(
            @NotNull @Pattern(regexp = Refs.PATTERN, message = Refs.MESSAGE) String personRef,
            @NotNull LocalDate joinedOn,
            @Nullable LocalDate exitedOn) {
    }
}
