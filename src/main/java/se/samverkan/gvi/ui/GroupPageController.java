package se.samverkan.gvi.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final PageFormats formats;

    GroupPageController(
            GroupService groups, Recommendations recommendations, IncidentService incidents, PageFormats formats) {
        this.groups = groups;
        this.recommendations = recommendations;
        this.incidents = incidents;
        this.formats = formats;
    }

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
        List<GroupTimeline.IncidentLine> lines = latest.values().stream()
                .filter(r -> headings.containsKey(r.incidentReference()))
                .map(r ->
                        new GroupTimeline.IncidentLine(Objects.requireNonNull(headings.get(r.incidentReference())), r))
                .toList();
        LocalDate firstCallIn = group.callIns().stream()
                .map(CallInView::heldOn)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<LocalDate> incidentDates = lines.stream()
                .filter(l -> l.incident().status() == IncidentStatus.ACTIVE)
                .map(l -> formats.dateOf(l.incident().occurredAt().toInstant()))
                .toList();
        model.addAttribute("group", group);
        model.addAttribute("timeline", GroupTimeline.of(group, lines, formats));
        model.addAttribute("chart", IncidentChart.of(incidentDates, firstCallIn, formats.today()));
        return "ui/group";
    }
}
