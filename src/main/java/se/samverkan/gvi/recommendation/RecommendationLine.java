package se.samverkan.gvi.recommendation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;

/** A recommendation as a page lists it: one line, without its actions, exclusions and decision. */
public record RecommendationLine(
        UUID id,
        String incidentReference,
        int incidentVersion,
        String groupRef,
        Outcome outcome,
        Priority priority,
        @Nullable Instant dueBy,
        RecommendationStatus status) {}
