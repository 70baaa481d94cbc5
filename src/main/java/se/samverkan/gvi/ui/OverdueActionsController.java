package se.samverkan.gvi.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.gvi.recommendation.ActionItem;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/** Försenade åtgärder: approved actions past their deadline with no outcome reported, per agency. */
@Controller
class OverdueActionsController {

    private final Recommendations recommendations;

    OverdueActionsController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/actions/overdue")
    String overdue(Actor actor, Model model) {
        PageOf<ActionItem> overdue = recommendations.approvedActions(actor, true, null, Paging.of(0, Paging.MAX_SIZE));
        Map<String, List<ActionItem>> byAgency = new TreeMap<>();
        overdue.items()
                .forEach(a -> byAgency.computeIfAbsent(a.agency(), k -> new ArrayList<>())
                        .add(a));
        model.addAttribute("byAgency", byAgency);
        model.addAttribute("total", overdue.total());
        return "ui/overdue";
    }
}
