package se.samverkan.gvi.decision.internal;

import java.time.LocalDate;

/** A custom notification (hembesök) delivered to one member of one group. */
public record Notification(String groupRef, String personRef, LocalDate deliveredOn) {
}
