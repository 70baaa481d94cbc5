package se.samverkan.gvi.decision.facts;

import java.time.LocalDate;
import java.util.Set;

/** A call-in held for one group, with the people who attended. */
public record CallIn(String groupRef, String id, LocalDate heldOn, String promiseId, Set<String> attendees) {}
