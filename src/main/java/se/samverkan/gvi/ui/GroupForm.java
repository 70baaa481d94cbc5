package se.samverkan.gvi.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.GroupView;

/**
 * The form of a new group or a new audit of one, field for field the JSON of
 * {@code PUT /api/v1/groups/{ref}} (with {@code ref} from its address), every value as typed so a
 * refused form shows it again unchanged.
 */
public record GroupForm(
        @Nullable String ref,
        @Nullable String name,
        @Nullable String area,
        @Nullable List<String> rivals,
        @Nullable Audit audit) {

    public record Audit(@Nullable String mappedOn, @Nullable List<Member> members) {}

    public record Member(
            @Nullable String personRef,
            @Nullable String joinedOn,
            @Nullable String exitedOn) {

        boolean isEmpty() {
            return blank(personRef) && blank(joinedOn) && blank(exitedOn);
        }
    }

    static GroupForm empty(String mappedOn) {
        return new GroupForm("", "", "", List.of(), new Audit(mappedOn, List.of())).withEmptyRows(false, false);
    }

    /** A new audit of a stored group: its name, area and rivals, and its members today. */
    static GroupForm of(GroupView group, String mappedOn) {
        List<Member> members = group.currentMembers().stream()
                .map(m -> new Member(
                        m.personRef(),
                        m.joinedOn().toString(),
                        m.exitedOn() == null ? "" : m.exitedOn().toString()))
                .toList();
        return new GroupForm(group.ref(), group.name(), group.area(), group.rivals(), new Audit(mappedOn, members))
                .withEmptyRows(false, false);
    }

    public List<String> rivalRows() {
        return rivals == null ? List.of() : rivals;
    }

    public List<Member> memberRows() {
        return audit == null || audit.members() == null ? List.of() : audit.members();
    }

    public @Nullable String mappedOn() {
        return audit == null ? null : audit.mappedOn();
    }

    /** The rows as filled in: empty rows (left for more) dropped, so a row's index is its index in the request. */
    GroupForm filled() {
        List<String> rivalsFilled = rivalRows().stream().filter(r -> !blank(r)).toList();
        List<Member> membersFilled =
                memberRows().stream().filter(m -> m != null && !m.isEmpty()).toList();
        return new GroupForm(ref, name, area, rivalsFilled, new Audit(mappedOn(), membersFilled));
    }

    /** The form as shown: one empty row in each list, two where the user asked for another. */
    GroupForm withEmptyRows(boolean anotherRival, boolean anotherMember) {
        GroupForm filled = filled();
        List<String> rivalsShown = new ArrayList<>(filled.rivalRows());
        List<Member> membersShown = new ArrayList<>(filled.memberRows());
        rivalsShown.add("");
        membersShown.add(new Member("", "", ""));
        if (anotherRival) {
            rivalsShown.add("");
        }
        if (anotherMember) {
            membersShown.add(new Member("", "", ""));
        }
        return new GroupForm(ref, name, area, rivalsShown, new Audit(mappedOn(), membersShown));
    }

    /** The API's request, or null when a date could not be read (the refusal is then in {@code refusals}). */
    // Built as posted, before the validator: a missing value is left for Bean Validation to name
    // beside its field, exactly as in a JSON body (the API's request types are checked the same way).
    @SuppressWarnings("NullAway")
    @Nullable
    GroupRequest request(FormRefusals refusals) {
        GroupForm filled = filled();
        List<GroupRequest.Member> members = new ArrayList<>();
        List<Member> rows = filled.memberRows();
        for (int i = 0; i < rows.size(); i++) {
            Member m = rows.get(i);
            String path = "audit.members[" + i + "].";
            members.add(new GroupRequest.Member(
                    text(m.personRef()),
                    refusals.date(path + "joinedOn", m.joinedOn()),
                    refusals.date(path + "exitedOn", m.exitedOn())));
        }
        var mapped = refusals.date("audit.mappedOn", filled.mappedOn());
        if (!refusals.isEmpty()) {
            return null;
        }
        return new GroupRequest(
                Objects.requireNonNullElse(name, ""),
                Objects.requireNonNullElse(area, ""),
                filled.rivalRows(),
                new GroupRequest.Audit(mapped, members));
    }

    private static @Nullable String text(@Nullable String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
