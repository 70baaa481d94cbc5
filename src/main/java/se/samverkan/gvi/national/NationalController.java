package se.samverkan.gvi.national;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The national analyst's one endpoint: aggregated, non-personal figures across sites. */
@RestController
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
