package se.samverkan.gvi.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;

/**
 * A recommendation as the API shows it (docs/api.md). In a what-if evaluation nothing is stored, so
 * {@code id}, {@code incidentVersion}, {@code createdAt} and {@code status} are null.
 */
public record RecommendationView(
        @Nullable UUID id,
        String incidentReference,
        @Nullable Integer incidentVersion,
        String groupRef,
        Outcome outcome,
        Priority priority,
        String summary,
        @Nullable String promiseId,
        String ruleSetVersion,
        Instant reportedAt,
        @Nullable Instant createdAt,
        @Nullable Instant dueBy,
        @Nullable RecommendationStatus status,
        boolean needsReview,
        @Nullable DecisionView decision,
        List<ActionView> actions,
        List<ExclusionView> exclusions,
        List<String> firedRules) {

    public record DecisionView(
            ReviewDecision decision, @Nullable String reason, String decidedBy, Instant decidedAt) {}

    public record ActionView(
            @Nullable UUID id,
            String personRef,
            String lever,
            String agency,
            boolean sanction,
            String legalBasis,
            @Nullable String promiseClause,
            @Nullable Instant dueBy,
            String ruleId,
            String explanation,
            ActionStatus status) {}

    public record ExclusionView(
            String personRef,
            @Nullable String lever,
            String reason,
            String ruleId,
            String legalBasis,
            String explanation) {}
}
