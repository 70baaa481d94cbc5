package se.samverkan.gvi.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Incidents per month before and after a group's first call-in, laid out for an inline SVG bar
 * chart. Before or after is judged by date as the rules do: an incident on the call-in day is
 * still before it (docs/behaviour.md, "Terms").
 *
 * @param callInX x of the line that marks the first call-in, or null when the group has had none
 */
public record IncidentChart(
        List<Bar> bars,
        int maxCount,
        int before,
        int after,
        @Nullable LocalDate firstCallIn,
        @Nullable Integer callInX,
        int width,
        int height,
        int baseline) {

    static final int BAR = 28;
    static final int GAP = 8;
    static final int LEFT = 36;
    static final int TOP = 16;
    static final int PLOT_HEIGHT = 140;
    /** At most two years of months, the latest ones, so the chart stays readable on a tablet. */
    static final int MAX_MONTHS = 24;

    /** One month: its bar's place and size, and whether the month starts after the first call-in. */
    public record Bar(YearMonth month, int count, boolean afterCallIn, int x, int y, int barHeight, int labelX) {}

    public int left() {
        return LEFT;
    }

    public int top() {
        return TOP;
    }

    public int barWidth() {
        return BAR;
    }

    static IncidentChart of(List<LocalDate> incidentDates, @Nullable LocalDate firstCallIn, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(5);
        for (LocalDate d : incidentDates) {
            first = YearMonth.from(d).isBefore(first) ? YearMonth.from(d) : first;
        }
        if (firstCallIn != null && YearMonth.from(firstCallIn).minusMonths(2).isBefore(first)) {
            first = YearMonth.from(firstCallIn).minusMonths(2);
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            first = last.minusMonths(MAX_MONTHS - 1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        int[] counts = new int[months.size()];
        int before = 0;
        int after = 0;
        for (LocalDate d : incidentDates) {
            int i = months.indexOf(YearMonth.from(d));
            if (i >= 0) {
                counts[i]++;
            }
            if (firstCallIn != null && d.isAfter(firstCallIn)) {
                after++;
            } else {
                before++;
            }
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int baseline = TOP + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        Integer callInX = null;
        for (int i = 0; i < months.size(); i++) {
            int x = LEFT + GAP + i * (BAR + GAP);
            int h = counts[i] * PLOT_HEIGHT / max;
            YearMonth m = months.get(i);
            boolean afterCallIn = firstCallIn != null && m.isAfter(YearMonth.from(firstCallIn));
            if (firstCallIn != null && m.equals(YearMonth.from(firstCallIn))) {
                // the line sits inside the month, at the call-in's day
                callInX = x + (BAR * (firstCallIn.getDayOfMonth() - 1)) / m.lengthOfMonth();
            }
            bars.add(new Bar(m, counts[i], afterCallIn, x, baseline - h, h, x + BAR / 2));
        }
        int width = LEFT + GAP + months.size() * (BAR + GAP) + GAP;
        return new IncidentChart(bars, max, before, after, firstCallIn, callInX, width, baseline + 40, baseline);
    }
}
