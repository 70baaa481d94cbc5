package se.samverkan.gvi.recommendation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An approved action in the agencies' work list ({@code GET /api/v1/actions}). */
public record ActionItem(
        UUID id,
        UUID recommendationId,
        String incidentReference,
        String groupRef,
        String personRef,
        String lever,
        String agency,
        @Nullable Instant dueBy,
        ActionStatus status) {}
