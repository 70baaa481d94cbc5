package se.samverkan.gvi.national;

import static se.samverkan.gvi.security.Roles.NATIONAL_ANALYST;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.web.Access;

/** The national analyst's one endpoint: aggregated, non-personal figures across sites. */
@RestController
@Tag(name = "National figures", description = "Aggregated figures across sites, with small cells suppressed.")
class NationalController {

    private final NationalFigures figures;

    NationalController(NationalFigures figures) {
        this.figures = figures;
    }

    @Operation(
            operationId = "getNationalFigures",
            summary = "Read the national figures",
            description = "Aggregated, non-personal figures across sites, small cells suppressed.")
    @Access(
            roles = {NATIONAL_ANALYST},
            log = "nothing")
    @ApiResponse(responseCode = "200", description = "The figures.")
    @GetMapping("/api/v1/national/figures")
    NationalFiguresView figures() {
        return figures.figures();
    }
}
