package se.samverkan.gvi.decision;

import java.time.LocalDate;
import java.util.List;

/** A call-in held for the group: when, which promise was delivered, and to whom. */
public record CallInRecord(
        String id,
        LocalDate heldOn,
        String promiseId,
        List<String> attendees,
        List<CustomNotification> customNotifications) {

    public CallInRecord {
        attendees = List.copyOf(attendees);
        customNotifications = List.copyOf(customNotifications);
    }
}
