package se.samverkan.gvi.decision;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the rules propose for one attributed group after one incident (as docs/api.md shows it, without the
 * fields that storage and review add: id, status history, decision).
 *
 * @param promiseId      the applicable promise, or null when no promise was in force
 * @param dueBy          reportedAt plus the promise's deadline for the priority; null without promise
 * @param initialStatus  always PENDING_REVIEW for a sound rule set (GVI-17)
 */
public record Recommendation(
        String incidentReference,
        String groupRef,
        Outcome outcome,
        Priority priority,
        String summary,
        @Nullable String promiseId,
        String ruleSetVersion,
        Instant reportedAt,
        @Nullable Instant dueBy,
        String initialStatus,
        List<ProposedAction> actions,
        List<Exclusion> exclusions,
        List<String> firedRules) {

    public Recommendation {
        actions = List.copyOf(actions);
        exclusions = List.copyOf(exclusions);
        firedRules = List.copyOf(firedRules);
    }

    /** The actions proposed for one person. */
    public List<ProposedAction> actionsFor(String personRef) {
        return actions.stream().filter(a -> a.personRef().equals(personRef)).toList();
    }

    /** The exclusions recorded for one person. */
    public List<Exclusion> exclusionsFor(String personRef) {
        return exclusions.stream().filter(e -> e.personRef().equals(personRef)).toList();
    }
}
