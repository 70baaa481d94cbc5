package se.samverkan.gvi.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
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
        TreeSet<Line> lines = new TreeSet<>(BY_MONTH_THEN_TYPE);
        Stream.concat(figures.sites().stream(), Stream.of(figures.total()))
                .flatMap(site -> site.incidentsPerTypeAndMonth().stream())
                .forEach(cell -> lines.add(new Line(cell.month(), cell.type())));
        return lines.stream()
                .map(line -> {
                    Map<String, Count> sites = new LinkedHashMap<>();
                    for (SiteFigures site : figures.sites()) {
                        Count count = count(site, line);
                        if (count != null) {
                            sites.put(site.site(), count);
                        }
                    }
                    return new IncidentLine(line.month(), line.type(), sites, count(figures.total(), line));
                })
                .toList();
    }

    private static @Nullable Count count(SiteFigures site, Line line) {
        return site.incidentsPerTypeAndMonth().stream()
                .filter(cell -> cell.month().equals(line.month()) && cell.type().equals(line.type()))
                .map(IncidentCell::incidents)
                .findFirst()
                .orElse(null);
    }
}
