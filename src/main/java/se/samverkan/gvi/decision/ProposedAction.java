package se.samverkan.gvi.decision;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One lever for one person, as the rules propose it: never executed until a coordinator approves.
 *
 * @param promiseClause the clause of the applicable promise this action follows, or null
 *                      where the action is ordinary law or help rather than a promised consequence
 * @param explanation   one plain Swedish sentence saying why
 */
public record ProposedAction(
        String personRef,
        String lever,
        String agency,
        boolean sanction,
        String legalBasis,
        @Nullable String promiseClause,
        @Nullable Instant dueBy,
        String ruleId,
        String explanation) {}
