package se.samverkan.gvi.national;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the national analyst sees: per site and in total, counts and derived figures only. Nothing
 * in it names a person, a group, a case or carries free text.
 *
 * @param suppressedBelow counts from 1 up to this value minus one are shown as {@code "<3"}, and
 *                        figures derived from so few cases are left out, since small cells may
 *                        identify people
 */
record NationalFiguresView(Instant computedAt, int suppressedBelow, List<SiteFigures> sites, SiteFigures total) {

    /**
     * @param incidentsPerTypeAndMonth  active (not retracted) incidents by their current type and the month of the
     *                                  incident date
     * @param recommendationsPerOutcome recommendations in force (not superseded or withdrawn) per outcome
     * @param reportToDecision          time from the report to the coordinator's decision
     * @param actionsInTime             approved actions that are due or reported, and those executed by their deadline
     */
    record SiteFigures(String site, List<IncidentCell> incidentsPerTypeAndMonth,
            Map<String, Count> recommendationsPerOutcome, DecisionTime reportToDecision, InTime actionsInTime) {
    }

    /** @param month {@code YYYY-MM} */
    record IncidentCell(String type, String month, Count incidents) {
    }

    /** @param medianHours null when fewer decisions than the threshold */
    record DecisionTime(Count decisions, @Nullable Double medianHours) {
    }

    /** @param share executed in time / due, null when fewer due actions than the threshold */
    record InTime(Count due, Count executedInTime, @Nullable Double share) {
    }

    /** A count as shown: 0, the number itself from the threshold up, or {@code "<3"} in between. */
    record Count(long value, int threshold) {

        boolean suppressed() {
            return value > 0 && value < threshold;
        }

        @JsonValue
        Object shown() {
            return suppressed() ? "<" + threshold : value;
        }
    }
}
