package se.samverkan.gvi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleSetTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static RuleSet rules;

    @BeforeAll
    static void build() {
        rules = new RuleSetLoader(Clock.systemUTC())
                .load(RuleFolderFixture.defaultRules())
                .orThrow();
    }

    @Test
    void theSameIncidentAndGroupStateGiveTheSameRecommendationEveryTime() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(50);

        Evaluation first = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM);
        Evaluation second = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM);

        assertThat(second).isEqualTo(first);
        assertThat(first.recommendations().get(0).actions()).hasSizeGreaterThan(50);
    }

    @Test
    void anEvaluationKeepsNothingOfTheEvaluationBeforeIt() {
        RuleSet fresh = new RuleSetLoader(Clock.systemUTC())
                .load(RuleFolderFixture.defaultRules())
                .orThrow();
        SyntheticCase small = SyntheticCase.ofGroupSize(5);
        SyntheticCase large = SyntheticCase.ofGroupSize(50);

        Evaluation first = fresh.evaluate(small.incident(), small.groups(), STOCKHOLM);
        fresh.evaluate(large.incident(), large.groups(), STOCKHOLM);
        Evaluation after = fresh.evaluate(small.incident(), small.groups(), STOCKHOLM);

        assertThat(after).isEqualTo(first);
        assertThat(after.recommendations().get(0).actions())
                .extracting(ProposedAction::personRef)
                .containsOnly("P-9000", "P-9001", "P-9002", "P-9003", "P-9004");
    }

    @Test
    void theOrderOfTheGroupsMembersDoesNotChangeTheResult() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(20);
        GroupSnapshot group = synthetic.groups().get(0);
        List<MemberSnapshot> reversed = new ArrayList<>(group.members());
        java.util.Collections.reverse(reversed);
        GroupSnapshot shuffled = new GroupSnapshot(
                group.groupRef(),
                group.name(),
                group.auditMappedOn(),
                reversed,
                group.callIns(),
                group.priorEnforcements());

        assertThat(rules.evaluate(synthetic.incident(), List.of(shuffled), STOCKHOLM))
                .isEqualTo(rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM));
    }

    @Test
    void everyActionAndExclusionIsExplainedAndTheRecommendationNamesItsRules() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(50);

        Recommendation recommendation = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM)
                .recommendations()
                .get(0);

        assertThat(recommendation.ruleSetVersion()).isEqualTo(rules.version());
        assertThat(recommendation.promiseId()).isEqualTo("HUDDINGE-2024");
        assertThat(recommendation.initialStatus()).isEqualTo("PENDING_REVIEW");
        assertThat(recommendation.actions()).allSatisfy(a -> {
            assertThat(a.ruleId()).matches("GVI-\\d\\d");
            assertThat(a.legalBasis()).isNotBlank();
            assertThat(a.explanation()).isNotBlank().contains(a.personRef());
            assertThat(a.dueBy()).isEqualTo(recommendation.dueBy());
        });
        assertThat(recommendation.exclusions()).allSatisfy(e -> {
            assertThat(e.ruleId()).matches("GVI-\\d\\d");
            assertThat(e.legalBasis()).isNotBlank();
            assertThat(e.explanation()).isNotBlank();
            assertThat(e.lever() == null)
                    .isEqualTo(java.util.Set.of("NO_LEGAL_GROUND", "UNDER_15", "IN_CUSTODY", "EXITED")
                            .contains(e.reason().code()));
        });
        assertThat(recommendation.firedRules()).contains("GVI-04", "GVI-05", "GVI-12", "GVI-13", "GVI-17", "GVI-18");
    }

    @Test
    void aLeverWhoseMinimumAgeIsAboveTheMembersAgeIsExcludedForThatMemberOnly(
            @org.junit.jupiter.api.io.TempDir Path temp) {
        Path copy = RuleFolderFixture.copyOfDefaultRules(temp);
        RuleFolderFixture.replace(copy.resolve("levers.yaml"), "    minAge: 15\n", "    minAge: 18\n");
        RuleSet raised = new RuleSetLoader(Clock.systemUTC()).load(copy).orThrow();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 2, 1);
        PersonFacts violent = PersonFacts.of("priorViolentOffence");
        GroupSnapshot group = new GroupSnapshot(
                "G-AGE",
                "Åldersgruppen",
                day.minusYears(1),
                List.of(
                        new MemberSnapshot("P-0161", day.minusYears(16), day.minusYears(2), null, violent),
                        new MemberSnapshot("P-0181", day.minusYears(18), day.minusYears(2), null, violent)),
                List.of(new CallInRecord(
                        "CI-AGE", day.minusDays(30), "HUDDINGE-2024", List.of("P-0161", "P-0181"), List.of())),
                List.of());
        IncidentFacts shooting = new IncidentFacts(
                "K-AGE-1",
                IncidentType.of("SHOOTING"),
                java.time.OffsetDateTime.parse("2026-02-01T21:40:00+01:00"),
                java.time.Instant.parse("2026-02-02T08:00:00Z"),
                List.of(new Attribution("G-AGE", Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());

        Recommendation recommendation =
                raised.evaluate(shooting, List.of(group), STOCKHOLM).forGroup("G-AGE");

        assertThat(recommendation.exclusionsFor("P-0161")).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ExclusionReason.of("BELOW_MIN_AGE"));
            assertThat(e.lever()).isEqualTo("EXCLUSION_ORDER");
            assertThat(e.ruleId()).isEqualTo("GVI-08");
            assertThat(e.explanation()).contains("16 år").contains("18 år");
        });
        assertThat(recommendation.actionsFor("P-0161"))
                .extracting(ProposedAction::lever)
                .doesNotContain("EXCLUSION_ORDER");
        assertThat(recommendation.actionsFor("P-0181"))
                .extracting(ProposedAction::lever)
                .contains("EXCLUSION_ORDER");
    }

    @Test
    void aSuspectInNoAttributedGroupIsListedWithoutAction() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5);

        Evaluation evaluation = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM);

        assertThat(evaluation.unattributedSuspects()).containsExactly("P-9999");
        assertThat(evaluation.recommendations())
                .allSatisfy(r -> assertThat(r.actionsFor("P-9999")).isEmpty());
    }

    @Test
    void anAttributedGroupWithoutAnAuditCannotBeEvaluated() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5);

        assertThatThrownBy(() -> rules.evaluate(synthetic.incident(), List.of(), STOCKHOLM))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("G-SYNT")
                .hasMessageContaining("kartläggning");
    }

    @Test
    void aGroupAttributedTwiceInOneIncidentIsRefused() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5);
        IncidentFacts twice = new IncidentFacts(
                "K-SYNT-0003",
                IncidentType.of("SHOOTING"),
                synthetic.incident().occurredAt(),
                synthetic.incident().reportedAt(),
                List.of(
                        new Attribution("G-SYNT", Role.PERPETRATOR, Confidence.CONFIRMED),
                        new Attribution("G-SYNT", Role.VICTIM, Confidence.CONFIRMED)),
                List.of());

        assertThatThrownBy(() -> rules.evaluate(twice, synthetic.groups(), STOCKHOLM))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("mer än en gång");
    }
}
