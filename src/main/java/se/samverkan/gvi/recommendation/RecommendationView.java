package se.samverkan.gvi.recommendation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.ProposedAction;

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

    /**
     * A proposed action with its id and status once stored. The proposal's fields stand in the JSON
     * between {@code id} and {@code status}, as fields of the action itself.
     */
    public record ActionView(
            @Nullable UUID id, @JsonUnwrapped ProposedAction proposed, ActionStatus status) {}

    public record ExclusionView(
            String personRef,
            @Nullable String lever,
            String reason,
            String ruleId,
            String legalBasis,
            String explanation) {}
}
