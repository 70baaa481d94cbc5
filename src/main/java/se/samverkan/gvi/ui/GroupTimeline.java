package se.samverkan.gvi.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.group.CallInView;
import se.samverkan.gvi.group.GroupView;
import se.samverkan.gvi.incident.IncidentHeading;
import se.samverkan.gvi.recommendation.RecommendationLine;
import se.samverkan.gvi.recommendation.SanctionRoundView;

/** A group's story as its page tells it: audits, call-ins, incidents and sanction rounds, in date order. */
final class GroupTimeline {

    private GroupTimeline() {}

    /** An incident as the group's timeline shows it: with the latest recommendation it gave this group. */
    public record IncidentLine(IncidentHeading incident, RecommendationLine recommendation) {}

    /**
     * One dated entry. {@code kind} says which of the items is set: AUDIT, CALL_IN, INCIDENT,
     * ROUND_OPENED or ROUND_CLOSED.
     */
    public record Entry(
            Instant at,
            String kind,
            GroupView.@Nullable AuditView audit,
            @Nullable CallInView callIn,
            @Nullable IncidentLine incident,
            @Nullable SanctionRoundView round) {}

    /** The group's entries and its incidents' lines, the earliest first; a date is the start of its day. */
    static List<Entry> of(GroupView group, Collection<IncidentLine> incidents, PageFormats formats) {
        List<Entry> timeline = new ArrayList<>();
        group.audits()
                .forEach(a -> timeline.add(new Entry(formats.startOf(a.mappedOn()), "AUDIT", a, null, null, null)));
        group.callIns()
                .forEach(c -> timeline.add(new Entry(formats.startOf(c.heldOn()), "CALL_IN", null, c, null, null)));
        incidents.forEach(
                l -> timeline.add(new Entry(l.incident().occurredAt().toInstant(), "INCIDENT", null, null, l, null)));
        for (SanctionRoundView round : group.sanctionRounds()) {
            timeline.add(new Entry(round.openedAt(), "ROUND_OPENED", null, null, null, round));
            if (round.closedAt() != null) {
                timeline.add(new Entry(round.closedAt(), "ROUND_CLOSED", null, null, null, round));
            }
        }
        timeline.sort(Comparator.comparing(Entry::at));
        return timeline;
    }
}
