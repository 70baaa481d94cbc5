package se.samverkan.gvi.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.recommendation.RecommendationLine;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/** Inkorg: the recommendations pending review, the most urgent first (kept up to date by {@link InboxEvents}). */
@Controller
class InboxController {

    /** Rows per inbox page: the most urgent first, the rest a page further. */
    static final int PAGE_SIZE = 50;

    private final Recommendations recommendations;
    private final IncidentService incidents;

    InboxController(Recommendations recommendations, IncidentService incidents) {
        this.recommendations = recommendations;
        this.incidents = incidents;
    }

    @GetMapping("/")
    String inbox(Actor actor, @RequestParam(defaultValue = "0") String page, Model model) {
        int pageNumber = Pages.requested(page);
        PageOf<RecommendationLine> pending = recommendations.lines(
                actor, RecommendationStatus.PENDING_REVIEW, null, Paging.of(pageNumber, PAGE_SIZE));
        Set<String> references = new LinkedHashSet<>();
        pending.items().forEach(r -> references.add(r.incidentReference()));
        model.addAttribute("pending", pending.items());
        model.addAttribute("total", pending.total());
        Pages.addTo(model, pageNumber, pending.total(), PAGE_SIZE);
        model.addAttribute("incidents", incidents.headings(actor, references));
        return "ui/inbox";
    }
}
