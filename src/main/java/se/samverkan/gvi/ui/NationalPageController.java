package se.samverkan.gvi.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.national.NationalFigures;
import se.samverkan.gvi.national.NationalFiguresView;
import se.samverkan.gvi.national.NationalFiguresView.Count;
import se.samverkan.gvi.national.NationalFiguresView.IncidentCell;
import se.samverkan.gvi.national.NationalFiguresView.SiteFigures;

/**
 * Nationell översikt: the national analyst's figures across every site, from the same service as
 * {@code GET /api/v1/national/figures}, so with the same small-cell suppression. The page only lays
 * the counts out as the figures show them; it adds nothing up and never reads a suppressed value.
 */
@Controller
class NationalPageController {

    private static final Comparator<Line> BY_MONTH_THEN_TYPE =
            Comparator.comparing(Line::month).thenComparing(Line::type);

    private final NationalFigures figures;

    NationalPageController(NationalFigures figures) {
        this.figures = figures;
    }

    /**
     * One line of the incidents table: a month and an incident type, with each site's count and the
     * total as the figures show them. A site without the line has no count here (none reported: 0).
     *
     * @param sites the count per site name, for the sites that have one
     * @param total the total's count, null when the total has no such line
     */
    record IncidentLine(
            String month,
            String type,
            Map<String, Count> sites,
            @Nullable Count total) {}

    private record Line(String month, String type) {}

    @GetMapping("/national")
    String national(Model model) {
        NationalFiguresView shown = figures.figures();
        model.addAttribute("figures", shown);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("incidentLines", incidentLines(shown));
        return "ui/national";
    }

    /** Every month and type that a site or the total has, sorted by month and then type. */
    static List<IncidentLine> incidentLines(NationalFiguresView figures) {
        Map<String, Map<Line, Count>> bySite = new LinkedHashMap<>();
        for (SiteFigures site : figures.sites()) {
            bySite.put(site.site(), cells(site));
        }
        Map<Line, Count> total = cells(figures.total());
        TreeSet<Line> lines = new TreeSet<>(BY_MONTH_THEN_TYPE);
        bySite.values().forEach(cells -> lines.addAll(cells.keySet()));
        lines.addAll(total.keySet());
        return lines.stream()
                .map(line -> {
                    Map<String, Count> sites = new LinkedHashMap<>();
                    bySite.forEach((site, cells) -> {
                        Count count = cells.get(line);
                        if (count != null) {
                            sites.put(site, count);
                        }
                    });
                    return new IncidentLine(line.month(), line.type(), sites, total.get(line));
                })
                .toList();
    }

    /** A site's (or the total's) incident counts by month and type, as the figures show them. */
    private static Map<Line, Count> cells(SiteFigures site) {
        Map<Line, Count> cells = new HashMap<>();
        for (IncidentCell cell : site.incidentsPerTypeAndMonth()) {
            cells.put(new Line(cell.month(), cell.type()), cell.incidents());
        }
        return cells;
    }
}
