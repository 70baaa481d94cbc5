package se.samverkan.gvi.national;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The national analyst's one endpoint: aggregated, non-personal figures across sites. */
@RestController
@Tag(name = "National figures", description = "Aggregated figures across sites, with small cells suppressed.")
class NationalController {

    private final NationalFigures figures;

    NationalController(NationalFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/national/figures")
    NationalFiguresView figures() {
        return figures.figures();
    }
}
