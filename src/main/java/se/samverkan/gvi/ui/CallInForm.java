package se.samverkan.gvi.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.SpeakerRole;

/**
 * The form of a call-in, field for field the JSON of {@code POST /api/v1/groups/{ref}/call-ins},
 * every value as typed so a refused form shows it again unchanged.
 */
public record CallInForm(
        @Nullable String heldOn,
        @Nullable String promiseId,
        @Nullable List<String> attendees,
        @Nullable List<Speaker> speakers,
        @Nullable List<Notification> customNotifications) {

    public record Speaker(@Nullable String role, @Nullable String name) {

        boolean isEmpty() {
            return blank(role) && blank(name);
        }
    }

    public record Notification(
            @Nullable String personRef, @Nullable String deliveredOn) {

        boolean isEmpty() {
            return blank(personRef) && blank(deliveredOn);
        }
    }

    static CallInForm empty(String heldOn, @Nullable String promiseId) {
        return new CallInForm(heldOn, promiseId, List.of(), List.of(), List.of()).withEmptyRows(false, false);
    }

    public List<String> attendeeRefs() {
        return attendees == null ? List.of() : attendees;
    }

    public List<Speaker> speakerRows() {
        return speakers == null ? List.of() : speakers;
    }

    public List<Notification> notificationRows() {
        return customNotifications == null ? List.of() : customNotifications;
    }

    /** The rows as filled in: empty rows dropped, so a row's index is its index in the request. */
    CallInForm filled() {
        return new CallInForm(
                heldOn,
                promiseId,
                attendeeRefs(),
                speakerRows().stream().filter(s -> s != null && !s.isEmpty()).toList(),
                notificationRows().stream()
                        .filter(n -> n != null && !n.isEmpty())
                        .toList());
    }

    /** The form as shown: one empty row in each list, two where the user asked for another. */
    CallInForm withEmptyRows(boolean anotherSpeaker, boolean anotherNotification) {
        CallInForm filled = filled();
        List<Speaker> speakersShown = new ArrayList<>(filled.speakerRows());
        List<Notification> notificationsShown = new ArrayList<>(filled.notificationRows());
        speakersShown.add(new Speaker("", ""));
        notificationsShown.add(new Notification("", ""));
        if (anotherSpeaker) {
            speakersShown.add(new Speaker("", ""));
        }
        if (anotherNotification) {
            notificationsShown.add(new Notification("", ""));
        }
        return new CallInForm(heldOn, promiseId, filled.attendeeRefs(), speakersShown, notificationsShown);
    }

    /** The API's request, or null when a date or a role could not be read (the refusal is then in {@code refusals}). */
    // Built as posted, before the validator: a missing value is left for Bean Validation to name
    // beside its field, exactly as in a JSON body (the API's request types are checked the same way).
    @SuppressWarnings("NullAway")
    @Nullable
    CallInRequest request(FormRefusals refusals) {
        CallInForm filled = filled();
        List<CallInRequest.Speaker> speakersRead = new ArrayList<>();
        for (int i = 0; i < filled.speakerRows().size(); i++) {
            Speaker s = filled.speakerRows().get(i);
            speakersRead.add(new CallInRequest.Speaker(
                    role("speakers[" + i + "].role", s.role(), refusals), blank(s.name()) ? null : s.name()));
        }
        List<CallInRequest.Notification> notifications = new ArrayList<>();
        for (int i = 0; i < filled.notificationRows().size(); i++) {
            Notification n = filled.notificationRows().get(i);
            notifications.add(new CallInRequest.Notification(
                    blank(n.personRef()) ? null : n.personRef(),
                    refusals.date("customNotifications[" + i + "].deliveredOn", n.deliveredOn())));
        }
        var held = refusals.date("heldOn", heldOn);
        if (!refusals.isEmpty()) {
            return null;
        }
        return new CallInRequest(
                held, Objects.requireNonNullElse(promiseId, ""), filled.attendeeRefs(), speakersRead, notifications);
    }

    /** A role as the API reads it: one of its codes, else a refusal as for a value outside the enumeration. */
    private static @Nullable SpeakerRole role(String field, @Nullable String code, FormRefusals refusals) {
        if (code == null || blank(code)) {
            return null;
        }
        try {
            return SpeakerRole.valueOf(code);
        } catch (IllegalArgumentException e) {
            refusals.malformed(field, "form.error.choice");
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
