package se.samverkan.gvi.decision;

import java.util.List;

/**
 * The result of evaluating one incident: one recommendation per attributed group, in the order of
 * the attributions, and the suspects who are in no attributed group (they get no action).
 */
public record Evaluation(
        String incidentReference,
        String ruleSetVersion,
        List<Recommendation> recommendations,
        List<String> unattributedSuspects) {

    public Evaluation {
        recommendations = List.copyOf(recommendations);
        unattributedSuspects = List.copyOf(unattributedSuspects);
    }

    public Recommendation forGroup(String groupRef) {
        return recommendations.stream()
                .filter(r -> r.groupRef().equals(groupRef))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no recommendation for group " + groupRef));
    }
}
