package se.samverkan.gvi.decision.facts;

import java.time.LocalDate;

/** A custom notification (hembesök) delivered to one member of one group. */
public record Notification(String groupRef, String personRef, LocalDate deliveredOn) {}
