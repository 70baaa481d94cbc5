package se.samverkan.gvi.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored call-in: when, which promise, who attended, who spoke, who was notified at home. */
public record CallInView(
        UUID id,
        String groupRef,
        LocalDate heldOn,
        String promiseId,
        List<String> attendees,
        List<CallInRequest.Speaker> speakers,
        List<CallInRequest.Notification> customNotifications,
        Instant recordedAt,
        String recordedBy) {}
