package se.samverkan.gvi.rules;

import java.util.Set;
import java.util.TreeSet;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;

/**
 * What a recommendation decides, stripped of ids, times and wording, so that two recommendations
 * for the same incident and group can be compared: the outcome, and per person the levers proposed
 * and the exclusions recorded.
 *
 * @param actions    "personRef lever" pairs
 * @param exclusions "personRef reason lever" triples (lever "–" for person-wide exclusions)
 */
public record RecommendationShape(String groupRef, Outcome outcome, Set<String> actions, Set<String> exclusions) {

    public RecommendationShape {
        actions = Set.copyOf(actions);
        exclusions = Set.copyOf(exclusions);
    }

    public static RecommendationShape of(Recommendation recommendation) {
        Set<String> actions = new TreeSet<>();
        for (ProposedAction a : recommendation.actions()) {
            actions.add(action(a.personRef(), a.lever()));
        }
        Set<String> exclusions = new TreeSet<>();
        for (Exclusion e : recommendation.exclusions()) {
            exclusions.add(exclusion(e.personRef(), e.reason().name(), e.lever()));
        }
        return new RecommendationShape(recommendation.groupRef(), recommendation.outcome(), actions, exclusions);
    }

    public static String action(String personRef, String lever) {
        return personRef + " " + lever;
    }

    public static String exclusion(String personRef, String reason, String lever) {
        return personRef + " " + reason + " " + (lever == null ? "–" : lever);
    }
}
