package se.samverkan.gvi.decision;

import java.time.LocalDate;

/** The promise delivered to one person individually (individuellt budskap / hembesök). */
public record CustomNotification(String personRef, LocalDate deliveredOn) {}
