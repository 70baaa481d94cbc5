package se.samverkan.gvi.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.gvi.national.NationalFiguresView.Count;
import se.samverkan.gvi.national.NationalFiguresView.DecisionTime;
import se.samverkan.gvi.national.NationalFiguresView.IncidentCell;
import se.samverkan.gvi.national.NationalFiguresView.SiteFigures;

/**
 * No small cell can be worked out from what is shown: a total is withheld where a site's cell of
 * the same line is small (the total less the other sites would give it away), and a share is left
 * out where one of its counts is hidden. Lines without a small site cell keep their exact totals.
 */
class SmallCellSuppressionTests {

    private static final int T = NationalFigures.THRESHOLD;

    @Test
    void aTotalThatWouldGiveAwayASmallSiteCellIsWithheldAndTheOthersStayExact() {
        SiteFigures huddinge = site(
                "huddinge",
                List.of(cell("SHOOTING", "2026-02", 5), cell("BOMBING", "2026-02", 1)),
                Map.of("GROUP_ENFORCEMENT", 5, "NO_GROUP_ACTION", 2),
                4,
                6,
                4);
        SiteFigures malmo = site(
                "malmo",
                List.of(cell("SHOOTING", "2026-02", 4), cell("BOMBING", "2026-02", 7)),
                Map.of("GROUP_ENFORCEMENT", 3, "NO_GROUP_ACTION", 9),
                2,
                3,
                3);
        SiteFigures total = site(
                "total",
                List.of(cell("SHOOTING", "2026-02", 9), cell("BOMBING", "2026-02", 8)),
                Map.of("GROUP_ENFORCEMENT", 8, "NO_GROUP_ACTION", 11),
                6,
                9,
                7);

        SiteFigures shown = NationalFigures.withholdRevealingTotals(List.of(huddinge, malmo), total);

        // 8 bombings in total less Malmö's 7 would show Huddinge's single one
        assertThat(incidents(shown, "BOMBING")).isEqualTo("withheld");
        assertThat(incidents(shown, "SHOOTING")).isEqualTo(9L);
        assertThat(shown.recommendationsPerOutcome().get("NO_GROUP_ACTION").shown())
                .isEqualTo("withheld");
        assertThat(shown.recommendationsPerOutcome().get("GROUP_ENFORCEMENT").shown())
                .isEqualTo(8L);
        // Malmö's two decisions
        assertThat(shown.reportToDecision().decisions().shown()).isEqualTo("withheld");
        assertThat(shown.reportToDecision().medianHours())
                .as("a median gives no count away")
                .isEqualTo(1.5);
        assertThat(shown.actionsInTime().due().shown()).isEqualTo(9L);
        assertThat(shown.actionsInTime().executedInTime().shown()).isEqualTo(7L);
        assertThat(shown.actionsInTime().share()).isEqualTo(0.778);
    }

    @Test
    void aShareIsLeftOutWhereItWouldGiveAwayASmallCount() {
        // 10 due, 2 executed in time: a share of 0.2 beside "due: 10" would show the 2
        SiteFigures site = site("huddinge", List.of(), Map.of(), 3, 10, 2);
        assertThat(site.actionsInTime().executedInTime().shown()).isEqualTo("<" + T);
        assertThat(site.actionsInTime().share()).isNull();

        SiteFigures total = NationalFigures.withholdRevealingTotals(
                List.of(site, site("malmo", List.of(), Map.of(), 3, 4, 4)),
                site("total", List.of(), Map.of(), 6, 14, 6));
        assertThat(total.actionsInTime().executedInTime().shown()).isEqualTo("withheld");
        assertThat(total.actionsInTime().due().shown()).isEqualTo(14L);
        assertThat(total.actionsInTime().share()).isNull();
    }

    @Test
    void withOnlySafeCellsEveryTotalIsExact() {
        SiteFigures a =
                site("huddinge", List.of(cell("SHOOTING", "2026-03", 3)), Map.of("GROUP_ENFORCEMENT", 3), 3, 3, 3);
        SiteFigures b = site("malmo", List.of(), Map.of(), 0, 0, 0);
        SiteFigures total =
                site("total", List.of(cell("SHOOTING", "2026-03", 3)), Map.of("GROUP_ENFORCEMENT", 3), 3, 3, 3);

        SiteFigures shown = NationalFigures.withholdRevealingTotals(List.of(a, b), total);

        assertThat(shown).isEqualTo(total);
    }

    private static Object incidents(SiteFigures figures, String type) {
        return figures.incidentsPerTypeAndMonth().stream()
                .filter(c -> c.type().equals(type))
                .findFirst()
                .orElseThrow()
                .incidents()
                .shown();
    }

    private static IncidentCell cell(String type, String month, long count) {
        return new IncidentCell(type, month, new Count(count, T));
    }

    /** Figures as NationalFigures makes them (its share rule included), with a median of 1.5 hours. */
    private static SiteFigures site(
            String name,
            List<IncidentCell> incidents,
            Map<String, Integer> outcomes,
            long decisions,
            long due,
            long inTime) {
        Map<String, Count> counts = new java.util.TreeMap<>();
        outcomes.forEach((outcome, n) -> counts.put(outcome, new Count(n, T)));
        Double share = due < T ? null : Math.round(1000.0 * inTime / due) / 1000.0;
        return new SiteFigures(
                name,
                incidents,
                counts,
                new DecisionTime(new Count(decisions, T), 1.5),
                NationalFigures.inTime(new Count(due, T), new Count(inTime, T), share));
    }
}
