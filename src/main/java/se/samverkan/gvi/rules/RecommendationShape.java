package se.samverkan.gvi.rules;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;

/**
 * What a recommendation decides, stripped of ids, times of storage and wording, so that two
 * recommendations for the same incident and group can be compared: the outcome and priority, per
 * person the levers proposed and the exclusions recorded, and when each action is due.
 *
 * @param actions    "personRef lever" pairs
 * @param exclusions "personRef reason lever" triples (lever "–" for person-wide exclusions)
 * @param deadlines  the dueBy of each action that has one, by its "personRef lever" pair
 */
public record RecommendationShape(String groupRef, Outcome outcome, Priority priority, Set<String> actions,
                                  Set<String> exclusions, Map<String, Instant> deadlines) {

    public RecommendationShape {
        actions = Set.copyOf(actions);
        exclusions = Set.copyOf(exclusions);
        deadlines = Map.copyOf(deadlines);
    }

    public static RecommendationShape of(Recommendation recommendation) {
        Set<String> actions = new TreeSet<>();
        Map<String, Instant> deadlines = new TreeMap<>();
        for (ProposedAction a : recommendation.actions()) {
            actions.add(action(a.personRef(), a.lever()));
            if (a.dueBy() != null) {
                deadlines.put(action(a.personRef(), a.lever()), a.dueBy());
            }
        }
        Set<String> exclusions = new TreeSet<>();
        for (Exclusion e : recommendation.exclusions()) {
            exclusions.add(exclusion(e.personRef(), e.reason().name(), e.lever()));
        }
        return new RecommendationShape(recommendation.groupRef(), recommendation.outcome(), recommendation.priority(),
                actions, exclusions, deadlines);
    }

    public static String action(String personRef, String lever) {
        return personRef + " " + lever;
    }

    public static String exclusion(String personRef, String reason, String lever) {
        return personRef + " " + reason + " " + (lever == null ? "–" : lever);
    }
}
