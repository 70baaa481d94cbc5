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
        rules = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")).orThrow();
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
    void theOrderOfTheGroupsMembersDoesNotChangeTheResult() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(20);
        GroupSnapshot group = synthetic.groups().get(0);
        List<MemberSnapshot> reversed = new ArrayList<>(group.members());
        java.util.Collections.reverse(reversed);
        GroupSnapshot shuffled = new GroupSnapshot(group.groupRef(), group.name(), group.auditMappedOn(), reversed,
                group.callIns(), group.priorEnforcements());

        assertThat(rules.evaluate(synthetic.incident(), List.of(shuffled), STOCKHOLM))
                .isEqualTo(rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM));
    }

    @Test
    void everyActionAndExclusionIsExplainedAndTheRecommendationNamesItsRules() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(50);

        Recommendation recommendation = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM)
                .recommendations().get(0);

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
            assertThat(e.lever() == null).isEqualTo(e.reason().isPersonWide());
        });
        assertThat(recommendation.firedRules()).contains("GVI-04", "GVI-05", "GVI-12", "GVI-13", "GVI-17", "GVI-18");
    }

    @Test
    void aSuspectInNoAttributedGroupIsListedWithoutAction() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5);

        Evaluation evaluation = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM);

        assertThat(evaluation.unattributedSuspects()).containsExactly("P-9999");
        assertThat(evaluation.recommendations()).allSatisfy(r -> assertThat(r.actionsFor("P-9999")).isEmpty());
    }

    @Test
    void anAttributedGroupWithoutAnAuditCannotBeEvaluated() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5);

        assertThatThrownBy(() -> rules.evaluate(synthetic.incident(), List.of(), STOCKHOLM))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("G-SYNT").hasMessageContaining("kartläggning");
    }

    @Test
    void aGroupAttributedTwiceInOneIncidentIsRefused() {
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5);
        IncidentFacts twice = new IncidentFacts("K-SYNT-0003", IncidentType.SHOOTING, synthetic.incident().occurredAt(),
                synthetic.incident().reportedAt(), List.of(
                        new Attribution("G-SYNT", Role.PERPETRATOR, Confidence.CONFIRMED),
                        new Attribution("G-SYNT", Role.VICTIM, Confidence.CONFIRMED)), List.of());

        assertThatThrownBy(() -> rules.evaluate(twice, synthetic.groups(), STOCKHOLM))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("mer än en gång");
    }
}
