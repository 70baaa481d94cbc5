package se.samverkan.gvi.decision;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a recommendation decides, stripped of ids, times of storage and wording, so that two
 * recommendations for the same incident and group can be compared: the outcome and priority, per
 * person the levers proposed and the exclusions recorded, and when each action is due.
 *
 * @param actions    "personRef lever" pairs
 * @param exclusions "personRef reason lever" triples (lever "–" for person-wide exclusions)
 * @param deadlines  the dueBy of each action that has one, by its "personRef lever" pair
 */
public record RecommendationShape(
        String groupRef,
        Outcome outcome,
        Priority priority,
        Set<String> actions,
        Set<String> exclusions,
        Map<String, Instant> deadlines) {

    public RecommendationShape {
        actions = Set.copyOf(actions);
        exclusions = Set.copyOf(exclusions);
        deadlines = Map.copyOf(deadlines);
    }

    public static RecommendationShape of(Recommendation recommendation) {
        Builder shape = new Builder();
        recommendation.actions().forEach(a -> shape.action(a.personRef(), a.lever(), a.dueBy()));
        recommendation
                .exclusions()
                .forEach(e -> shape.exclusion(e.personRef(), e.reason().code(), e.lever()));
        return shape.build(recommendation.groupRef(), recommendation.outcome(), recommendation.priority());
    }

    /** Gathers one recommendation's actions and exclusions, from the engine or from storage alike. */
    public static final class Builder {

        private final Set<String> actions = new TreeSet<>();
        private final Set<String> exclusions = new TreeSet<>();
        private final Map<String, Instant> deadlines = new TreeMap<>();

        public Builder action(String personRef, String lever, @Nullable Instant dueBy) {
            actions.add(RecommendationShape.action(personRef, lever));
            if (dueBy != null) {
                deadlines.put(RecommendationShape.action(personRef, lever), dueBy);
            }
            return this;
        }

        public Builder exclusion(String personRef, String reason, @Nullable String lever) {
            exclusions.add(RecommendationShape.exclusion(personRef, reason, lever));
            return this;
        }

        public RecommendationShape build(String groupRef, Outcome outcome, Priority priority) {
            return new RecommendationShape(groupRef, outcome, priority, actions, exclusions, deadlines);
        }
    }

    public static String action(String personRef, String lever) {
        return personRef + " " + lever;
    }

    public static String exclusion(String personRef, String reason, @Nullable String lever) {
        return personRef + " " + reason + " " + (lever == null ? "–" : lever);
    }
}
