package se.samverkan.gvi.rules.governance;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Evaluation;
import se.samverkan.gvi.decision.EvaluationException;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.StoredCase;

/**
 * Replays stored incidents under a proposed rule set and lists, per incident and group, what would
 * change compared with the recommendations that stand today. Nothing is stored or activated.
 */
public final class ImpactAnalysis {

    /** What would change for one group after one incident. */
    public record Change(
            String incidentReference,
            String groupRef,
            @Nullable Outcome outcomeBefore,
            @Nullable Outcome outcomeAfter,
            @Nullable Priority priorityBefore,
            @Nullable Priority priorityAfter,
            List<String> actionsAdded,
            List<String> actionsRemoved,
            List<String> deadlinesChanged,
            List<String> exclusionsAdded,
            List<String> exclusionsRemoved,
            @Nullable String error) {}

    /** The whole comparison. */
    public record Report(
            String proposedVersion, int incidents, int recommendations, List<Change> changes, Duration took) {}

    private ImpactAnalysis() {}

    public static Report run(RuleSet proposed, List<StoredCase> cases, ZoneId zone) {
        long start = System.nanoTime();
        List<List<Change>> perCase =
                cases.parallelStream().map(c -> compare(proposed, c, zone)).toList();
        List<Change> changes = new ArrayList<>();
        perCase.forEach(changes::addAll);
        changes.sort(Comparator.comparing(Change::incidentReference).thenComparing(Change::groupRef));
        int recommendations = cases.stream().mapToInt(c -> c.current().size()).sum();
        return new Report(
                proposed.version(),
                cases.size(),
                recommendations,
                changes,
                Duration.ofNanos(System.nanoTime() - start));
    }

    static List<Change> compare(RuleSet proposed, StoredCase stored, ZoneId zone) {
        String reference = stored.incident().reference();
        Evaluation evaluation;
        try {
            evaluation = proposed.evaluate(stored.incident(), stored.groups(), zone);
        } catch (EvaluationException e) {
            return List.of(new Change(
                    reference,
                    "",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    e.getMessage()));
        }
        List<Change> changes = new ArrayList<>();
        for (Recommendation after : evaluation.recommendations()) {
            RecommendationShape proposedShape = RecommendationShape.of(after);
            RecommendationShape before = stored.current().get(after.groupRef());
            Change change = difference(reference, before, proposedShape);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    static @Nullable Change difference(
            String reference, @Nullable RecommendationShape before, RecommendationShape after) {
        Set<String> beforeActions = before == null ? Set.of() : before.actions();
        Set<String> beforeExclusions = before == null ? Set.of() : before.exclusions();
        List<String> actionsAdded = minus(after.actions(), beforeActions);
        List<String> actionsRemoved = minus(beforeActions, after.actions());
        List<String> exclusionsAdded = minus(after.exclusions(), beforeExclusions);
        List<String> exclusionsRemoved = minus(beforeExclusions, after.exclusions());
        // an action proposed before and after whose deadline moves: "personRef lever: before -> after"
        List<String> deadlinesChanged = new ArrayList<>();
        Map<String, Instant> beforeDeadlines = before == null ? Map.of() : before.deadlines();
        new TreeMap<>(after.deadlines()).forEach((action, due) -> {
            Instant was = beforeDeadlines.get(action);
            if (was != null && !was.equals(due)) {
                deadlinesChanged.add(action + ": " + was + " -> " + due);
            }
        });
        Outcome outcomeBefore = before == null ? null : before.outcome();
        Priority priorityBefore = before == null ? null : before.priority();
        if (Objects.equals(outcomeBefore, after.outcome())
                && Objects.equals(priorityBefore, after.priority())
                && actionsAdded.isEmpty()
                && actionsRemoved.isEmpty()
                && deadlinesChanged.isEmpty()
                && exclusionsAdded.isEmpty()
                && exclusionsRemoved.isEmpty()) {
            return null;
        }
        return new Change(
                reference,
                after.groupRef(),
                outcomeBefore,
                after.outcome(),
                priorityBefore,
                after.priority(),
                actionsAdded,
                actionsRemoved,
                List.copyOf(deadlinesChanged),
                exclusionsAdded,
                exclusionsRemoved,
                null);
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return List.copyOf(result);
    }
}
