package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The group page's chart of incidents per month before and after the first call-in. */
class IncidentChartTests {

    private static final LocalDate CALL_IN = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void anIncidentOnTheCallInDayCountsAsBeforeItAsTheRulesJudgeIt() {
        IncidentChart chart = IncidentChart.of(
                List.of(
                        LocalDate.of(2026, 1, 5),
                        CALL_IN,
                        CALL_IN.plusDays(1),
                        LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 5, 20)),
                CALL_IN,
                TODAY);
        assertThat(chart.before()).isEqualTo(2);
        assertThat(chart.after()).isEqualTo(3);
        assertThat(chart.maxCount()).isEqualTo(2);
        assertThat(chart.bars()).extracting(IncidentChart.Bar::month).first().isEqualTo(YearMonth.of(2026, 1));
        assertThat(chart.bars()).extracting(IncidentChart.Bar::month).last().isEqualTo(YearMonth.of(2026, 6));
        assertThat(chart.bars())
                .filteredOn(b -> b.month().equals(YearMonth.of(2026, 5)))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.count()).isEqualTo(2);
                    assertThat(b.afterCallIn()).isTrue();
                    assertThat(b.barHeight()).isEqualTo(IncidentChart.PLOT_HEIGHT);
                });
        IncidentChart.Bar march = chart.bars().get(2);
        assertThat(march.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(chart.callInX()).isBetween(march.x(), march.x() + IncidentChart.BAR);
    }

    @Test
    void aGroupWithoutACallInHasNoLineAndEverythingIsBefore() {
        IncidentChart chart = IncidentChart.of(List.of(LocalDate.of(2026, 6, 1)), null, TODAY);
        assertThat(chart.callInX()).isNull();
        assertThat(chart.before()).isEqualTo(1);
        assertThat(chart.after()).isZero();
        assertThat(chart.bars()).hasSize(6).noneMatch(IncidentChart.Bar::afterCallIn);
    }

    @Test
    void aLongHistoryShowsTheLatestTwoYears() {
        IncidentChart chart = IncidentChart.of(List.of(LocalDate.of(2020, 1, 1)), null, TODAY);
        assertThat(chart.bars()).hasSize(IncidentChart.MAX_MONTHS);
        assertThat(chart.before()).isEqualTo(1);
        assertThat(chart.bars()).allMatch(b -> b.count() == 0);
    }
}
