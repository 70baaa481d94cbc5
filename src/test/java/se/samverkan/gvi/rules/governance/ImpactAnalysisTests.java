package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.decision.RuleFolderFixture.copyOfDefaultRules;
import static se.samverkan.gvi.decision.RuleFolderFixture.defaultRules;
import static se.samverkan.gvi.decision.RuleFolderFixture.replace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.decision.StoredCase;
import se.samverkan.gvi.decision.SyntheticCase;

class ImpactAnalysisTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());

    @TempDir
    Path temp;

    private StoredCase storedUnder(RuleSet current, SyntheticCase synthetic) {
        Recommendation today = current.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM)
                .recommendations()
                .get(0);
        return new StoredCase(
                synthetic.incident(), synthetic.groups(), Map.of(today.groupRef(), RecommendationShape.of(today)));
    }

    @Test
    void theSameRulesChangeNothing() {
        RuleSet current = loader.load(defaultRules()).orThrow();

        ImpactAnalysis.Report report =
                ImpactAnalysis.run(current, List.of(storedUnder(current, SyntheticCase.ofGroupSize(30))), STOCKHOLM);

        assertThat(report.incidents()).isEqualTo(1);
        assertThat(report.recommendations()).isEqualTo(1);
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void promisingDebtEnforcementAddsItForEveryoneWithThatGroundAndDropsTheirNotPromisedExclusion() {
        RuleSet current = loader.load(defaultRules()).orThrow();
        Path proposedFolder = copyOfDefaultRules(temp);
        replace(
                proposedFolder.resolve("promises/huddinge-2024.yaml"),
                "levers: [SUPERVISION_REVIEW,",
                "levers: [DEBT_ENFORCEMENT, SUPERVISION_REVIEW,");
        RuleSet proposed = loader.load(proposedFolder).orThrow();
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(30);
        List<String> notPromisedBefore = current
                .evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM)
                .recommendations()
                .get(0)
                .exclusions()
                .stream()
                .filter(e -> "DEBT_ENFORCEMENT".equals(e.lever()))
                .map(e ->
                        RecommendationShape.exclusion(e.personRef(), e.reason().code(), e.lever()))
                .toList();

        ImpactAnalysis.Report report =
                ImpactAnalysis.run(proposed, List.of(storedUnder(current, synthetic)), STOCKHOLM);

        assertThat(notPromisedBefore).isNotEmpty();
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.incidentReference()).isEqualTo("K-SYNT-0002");
            assertThat(change.outcomeBefore()).isEqualTo(change.outcomeAfter());
            assertThat(change.actionsAdded())
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a).endsWith(" DEBT_ENFORCEMENT"));
            assertThat(change.actionsRemoved()).isEmpty();
            assertThat(change.exclusionsRemoved()).containsAll(notPromisedBefore);
        });
    }

    @Test
    void aShorterDeadlineInThePromiseIsListedForEveryActionItMoves() {
        RuleSet current = loader.load(defaultRules()).orThrow();
        Path proposedFolder = copyOfDefaultRules(temp);
        replace(proposedFolder.resolve("promises/huddinge-2024.yaml"), "  ESCALATED: 3", "  ESCALATED: 2");
        RuleSet proposed = loader.load(proposedFolder).orThrow();
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(30);
        Recommendation today = current.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM)
                .recommendations()
                .get(0);

        ImpactAnalysis.Report report =
                ImpactAnalysis.run(proposed, List.of(storedUnder(current, synthetic)), STOCKHOLM);

        assertThat(today.priority())
                .as("the synthetic group has a standing enforcement")
                .isEqualTo(Priority.ESCALATED);
        assertThat(report.changes()).singleElement().satisfies(change -> {
            assertThat(change.outcomeBefore()).isEqualTo(change.outcomeAfter());
            assertThat(change.priorityBefore()).isEqualTo(change.priorityAfter());
            assertThat(change.actionsAdded()).isEmpty();
            assertThat(change.actionsRemoved()).isEmpty();
            assertThat(change.deadlinesChanged())
                    .hasSize(today.actions().size())
                    .allSatisfy(d -> assertThat(d)
                            .contains(today.dueBy().toString() + " -> "
                                    + today.dueBy().minus(java.time.Duration.ofDays(1))));
        });
    }
}
