package se.samverkan.gvi.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The enforcement that follows one group's triggering incident(s), until a coordinator closes it. */
public record SanctionRoundView(
        UUID id,
        String groupRef,
        Instant openedAt,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        @Nullable String effectReview,
        List<UUID> recommendationIds) {}
