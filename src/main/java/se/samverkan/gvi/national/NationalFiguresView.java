package se.samverkan.gvi.national;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the national analyst sees, through the API and on the page {@code /national}: per site and in
 * total, counts and derived figures only. Nothing in it names a person, a group, a case or carries
 * free text.
 *
 * @param suppressedBelow counts from 1 up to this value minus one are shown as {@code "<3"}, and
 *                        figures derived from so few cases are left out, since small cells may
 *                        identify people; a total over the sites is {@code "withheld"} where a site's
 *                        cell is small, since the total less the other sites would give it away
 */
public record NationalFiguresView(Instant computedAt, int suppressedBelow, List<SiteFigures> sites, SiteFigures total) {

    /**
     * @param incidentsPerTypeAndMonth  active (not retracted) incidents by their current type and the month of the
     *                                  incident date
     * @param recommendationsPerOutcome recommendations in force (not superseded or withdrawn) per outcome
     * @param reportToDecision          time from the report to the coordinator's decision
     * @param actionsInTime             approved actions that are due or reported, and those executed by their deadline
     */
    public record SiteFigures(
            String site,
            List<IncidentCell> incidentsPerTypeAndMonth,
            Map<String, Count> recommendationsPerOutcome,
            DecisionTime reportToDecision,
            InTime actionsInTime) {}

    /** @param month {@code YYYY-MM} */
    public record IncidentCell(String type, String month, Count incidents) {}

    /** @param medianHours null when fewer decisions than the threshold */
    public record DecisionTime(Count decisions, @Nullable Double medianHours) {}

    /**
     * @param share executed in time / due; null when fewer due actions than the threshold, or when
     *              either count is not shown (the share beside the due count would give it away)
     */
    public record InTime(
            Count due, Count executedInTime, @Nullable Double share) {}

    /**
     * A count as shown: 0, the number itself from the threshold up, {@code "<3"} in between, or
     * {@code "withheld"} when it is a total that would let a suppressed site cell be worked out.
     */
    public record Count(long value, int threshold, boolean withheld) {

        Count(long value, int threshold) {
            this(value, threshold, false);
        }

        /** A small cell (1 up to the threshold), shown as {@code "<3"}. */
        boolean small() {
            return value > 0 && value < threshold;
        }

        /** Whether the value is not shown as it is. */
        boolean hidden() {
            return withheld || small();
        }

        /** This count not shown at all; a small one stays {@code "<3"}, which gives nothing more away. */
        Count withhold() {
            return small() ? this : new Count(value, threshold, true);
        }

        /** The count as it may be shown: the number, {@code "<3"} or {@code "withheld"}; never a hidden value. */
        @JsonValue
        @Schema(oneOf = {Long.class, String.class})
        public Object shown() {
            if (withheld) {
                return "withheld";
            }
            return small() ? "<" + threshold : value;
        }
    }
}
