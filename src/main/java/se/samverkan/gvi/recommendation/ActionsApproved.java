package se.samverkan.gvi.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator approved some or all actions of a recommendation. Published synchronously inside
 * the decision's transaction, so a listener's writes (the delivery outbox) commit or roll back with
 * the decision, and a listener that fails refuses the decision.
 *
 * @param actions the approved actions only; never empty
 */
public record ActionsApproved(
        String site,
        UUID recommendationId,
        String incidentReference,
        int incidentVersion,
        String groupRef,
        ReviewDecision decision,
        String decidedBy,
        Instant decidedAt,
        String ruleSetVersion,
        List<ApprovedAction> actions) {

    public ActionsApproved {
        actions = List.copyOf(actions);
    }

    /** One approved action: one lever for one person, to be taken by one agency. */
    public record ApprovedAction(
            UUID id,
            String personRef,
            String lever,
            String agency,
            boolean sanction,
            String legalBasis,
            @Nullable String promiseClause,
            @Nullable Instant dueBy) {}
}
