package se.samverkan.gvi.decision.facts;

import java.time.LocalDate;

/** A standing GROUP_ENFORCEMENT of the same group for another incident (GVI-14). */
public record EarlierEnforcement(String groupRef, String incidentReference, LocalDate incidentDate) {}
