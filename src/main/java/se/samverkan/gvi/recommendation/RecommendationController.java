package se.samverkan.gvi.recommendation;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/** Recommendations, decisions, action outcomes and sanction-round closure (docs/api.md). */
@RestController
class RecommendationController {

    private final Recommendations recommendations;
    private final SanctionRounds sanctionRounds;

    RecommendationController(Recommendations recommendations, SanctionRounds sanctionRounds) {
        this.recommendations = recommendations;
        this.sanctionRounds = sanctionRounds;
    }

    @GetMapping("/api/v1/recommendations")
    PageOf<RecommendationView> list(
            @RequestParam(required = false) @Nullable RecommendationStatus status,
            @RequestParam(required = false) @Nullable String groupRef,
            @RequestParam(required = false) @Nullable Outcome outcome,
            Paging paging,
            Actor actor) {
        return recommendations.list(actor, status, groupRef, outcome, paging);
    }

    @GetMapping("/api/v1/recommendations/{id}")
    RecommendationView get(@PathVariable UUID id, Actor actor) {
        return recommendations.get(actor, id);
    }

    @PostMapping("/api/v1/recommendations/{id}/decision")
    RecommendationView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, Actor actor) {
        return recommendations.decide(actor, id, request);
    }

    @PostMapping("/api/v1/recommendations/{id}/actions/{actionId}/outcome")
    RecommendationView outcome(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @Valid @RequestBody OutcomeRequest request,
            Actor actor) {
        return recommendations.reportOutcome(actor, id, actionId, request);
    }

    @GetMapping("/api/v1/actions")
    PageOf<ActionItem> actions(
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable String agency,
            Paging paging,
            Actor actor) {
        return recommendations.approvedActions(actor, Boolean.TRUE.equals(overdue), agency, paging);
    }

    @PostMapping("/api/v1/groups/{ref}/sanction-rounds/{id}/closure")
    SanctionRoundView close(
            @PathVariable String ref, @PathVariable UUID id, @Valid @RequestBody ClosureRequest request, Actor actor) {
        return sanctionRounds.close(actor, ref, id, request);
    }
}
