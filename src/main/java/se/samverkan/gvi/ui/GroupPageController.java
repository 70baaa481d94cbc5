package se.samverkan.gvi.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverkan.gvi.group.CallInView;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.GroupView;
import se.samverkan.gvi.incident.IncidentHeading;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.incident.IncidentStatus;
import se.samverkan.gvi.recommendation.RecommendationLine;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.SanctionRoundView;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.Paging;

/**
 * Grupp: a group's story in date order (audits, call-ins with their speakers, incidents with this
 * group's recommendation, sanction rounds and their effect reviews) and its incidents per month
 * before and after the first call-in.
 */
@Controller
class GroupPageController {

    private final GroupService groups;
    private final Recommendations recommendations;
    private final IncidentService incidents;
    // @Lazy: resolved on first use, so that slice tests of the API, which load every controller
    // with mocked application services only, need not provide it.
    private final PageFormats formats;

    GroupPageController(
            GroupService groups,
            Recommendations recommendations,
            IncidentService incidents,
            @Lazy PageFormats formats) {
        this.groups = groups;
        this.recommendations = recommendations;
        this.incidents = incidents;
        this.formats = formats;
    }

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

    @GetMapping("/groups/{ref}")
    String group(@PathVariable String ref, Actor actor, Model model) {
        GroupView group = groups.group(actor, ref);
        // each incident once, with the recommendation of its latest version that concerns this group
        Map<String, RecommendationLine> latest = new LinkedHashMap<>();
        recommendations
                .lines(actor, null, ref, Paging.of(0, Paging.MAX_SIZE))
                .items()
                .forEach(r -> latest.merge(
                        r.incidentReference(), r, (a, b) -> b.incidentVersion() > a.incidentVersion() ? b : a));
        Map<String, IncidentHeading> headings = incidents.headings(actor, latest.keySet());
        List<IncidentLine> lines = latest.values().stream()
                .filter(r -> headings.containsKey(r.incidentReference()))
                .map(r -> new IncidentLine(Objects.requireNonNull(headings.get(r.incidentReference())), r))
                .toList();
        List<Entry> timeline = new ArrayList<>();
        group.audits()
                .forEach(a -> timeline.add(new Entry(formats.startOf(a.mappedOn()), "AUDIT", a, null, null, null)));
        group.callIns()
                .forEach(c -> timeline.add(new Entry(formats.startOf(c.heldOn()), "CALL_IN", null, c, null, null)));
        lines.forEach(
                l -> timeline.add(new Entry(l.incident().occurredAt().toInstant(), "INCIDENT", null, null, l, null)));
        for (SanctionRoundView round : group.sanctionRounds()) {
            timeline.add(new Entry(round.openedAt(), "ROUND_OPENED", null, null, null, round));
            if (round.closedAt() != null) {
                timeline.add(new Entry(round.closedAt(), "ROUND_CLOSED", null, null, null, round));
            }
        }
        timeline.sort(Comparator.comparing(Entry::at));
        LocalDate firstCallIn = group.callIns().stream()
                .map(CallInView::heldOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<LocalDate> incidentDates = lines.stream()
                .filter(l -> l.incident().status() == IncidentStatus.ACTIVE)
                .map(l -> formats.dateOf(l.incident().occurredAt().toInstant()))
                .toList();
        model.addAttribute("group", group);
        model.addAttribute("timeline", timeline);
        model.addAttribute("chart", IncidentChart.of(incidentDates, firstCallIn, formats.today()));
        return "ui/group";
    }
}
