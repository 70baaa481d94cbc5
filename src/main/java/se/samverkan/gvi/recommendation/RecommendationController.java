package se.samverkan.gvi.recommendation;

import static se.samverkan.gvi.security.Roles.COORDINATOR;
import static se.samverkan.gvi.security.Roles.LEGAL_REVIEWER;
import static se.samverkan.gvi.security.Roles.LIAISON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.samverkan.gvi.web.Access;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/** Recommendations, decisions, action outcomes and sanction-round closure (docs/api.md). */
@RestController
@Tag(name = "Recommendations", description = "Recommendations, decisions on them and the agencies' outcomes.")
class RecommendationController {

    private final Recommendations recommendations;
    private final SanctionRounds sanctionRounds;

    RecommendationController(Recommendations recommendations, SanctionRounds sanctionRounds) {
        this.recommendations = recommendations;
        this.sanctionRounds = sanctionRounds;
    }

    @Operation(
            operationId = "listRecommendations",
            summary = "List recommendations",
            description =
                    "Recommendations of the signed-in user's site ordered by `dueBy`, filtered by status, group and "
                            + "outcome; a page of `size` (default 50, at most 500) from `page` 0.")
    @Access(
            roles = {LIAISON, COORDINATOR, LEGAL_REVIEWER},
            log = "`RECOMMENDATIONS_READ`")
    @ApiResponse(responseCode = "200", description = "A page of recommendations.")
    @GetMapping("/api/v1/recommendations")
    PageOf<RecommendationView> list(
            @RequestParam(required = false) @Nullable RecommendationStatus status,
            @RequestParam(required = false) @Nullable String groupRef,
            @RequestParam(required = false) @Nullable Outcome outcome,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            Actor actor) {
        return recommendations.list(actor, status, groupRef, outcome, Paging.of(page, size));
    }

    @Operation(
            operationId = "getRecommendation",
            summary = "Read a recommendation",
            description = "One recommendation with its decision, actions, exclusions and the explanation of each.")
    @Access(
            roles = {LIAISON, COORDINATOR, LEGAL_REVIEWER},
            log = "`RECOMMENDATION_READ`")
    @ApiResponse(responseCode = "200", description = "The recommendation.")
    @GetMapping("/api/v1/recommendations/{id}")
    RecommendationView get(@PathVariable UUID id, Actor actor) {
        return recommendations.get(actor, id);
    }

    @Operation(
            operationId = "decideRecommendation",
            summary = "Decide a recommendation",
            description = "The signed-in coordinator approves, partially approves (naming the approved actions) or "
                    + "rejects a recommendation pending review; a reason is required for a partial approval or a "
                    + "rejection. Approved actions are then delivered to their agencies.")
    @Access(
            roles = {COORDINATOR},
            log =
                    "`RECOMMENDATION_APPROVED_BY_COORDINATOR`, `RECOMMENDATION_PARTIALLY_APPROVED_BY_COORDINATOR` or `RECOMMENDATION_REJECTED_BY_COORDINATOR`")
    @ApiResponse(responseCode = "200", description = "The decided recommendation.")
    @ApiResponse(
            responseCode = "409",
            description = "The recommendation is not PENDING_REVIEW " + "(`urn:gvi:problem:conflict`).")
    @ApiResponse(
            responseCode = "422",
            description = "`approvedActionIds` names actions that are not this "
                    + "recommendation's (`urn:gvi:problem:unprocessable`).")
    @PostMapping("/api/v1/recommendations/{id}/decision")
    RecommendationView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request, Actor actor) {
        return recommendations.decide(actor, id, request);
    }

    @Operation(
            operationId = "reportActionOutcome",
            summary = "Report an action's outcome",
            description = "An agency's outcome for an approved action: executed or not possible, with the date (also "
                    + "accepted on the outcome queue, docs/delivery.md).")
    @Access(
            roles = {COORDINATOR},
            log = "`ACTION_OUTCOME_REPORTED`")
    @ApiResponse(responseCode = "200", description = "The recommendation with the action's new status.")
    @ApiResponse(responseCode = "409", description = "The action is not APPROVED (`urn:gvi:problem:conflict`).")
    @PostMapping("/api/v1/recommendations/{id}/actions/{actionId}/outcome")
    RecommendationView outcome(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @Valid @RequestBody OutcomeRequest request,
            Actor actor) {
        return recommendations.reportOutcome(actor, id, actionId, request);
    }

    @Operation(
            operationId = "listActions",
            summary = "List approved actions",
            description =
                    "Approved actions of the signed-in user's site, optionally only those past `dueBy` without an "
                            + "outcome (`overdue=true`) or of one agency.")
    @Access(
            roles = {LIAISON, COORDINATOR, LEGAL_REVIEWER},
            log = "`ACTIONS_READ`")
    @ApiResponse(responseCode = "200", description = "A page of actions.")
    @GetMapping("/api/v1/actions")
    PageOf<ActionItem> actions(
            @RequestParam(required = false) @Nullable Boolean overdue,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            Actor actor) {
        return recommendations.approvedActions(actor, Boolean.TRUE.equals(overdue), agency, Paging.of(page, size));
    }

    @Operation(
            operationId = "closeSanctionRound",
            summary = "Close a sanction round",
            description = "Closes a group's sanction round with the review of its effect.")
    @Access(
            roles = {COORDINATOR},
            log = "`SANCTION_ROUND_CLOSED`")
    @ApiResponse(responseCode = "200", description = "The closed sanction round.")
    @ApiResponse(responseCode = "409", description = "The round is already closed (`urn:gvi:problem:conflict`).")
    @PostMapping("/api/v1/groups/{ref}/sanction-rounds/{id}/closure")
    SanctionRoundView close(
            @PathVariable String ref, @PathVariable UUID id, @Valid @RequestBody ClosureRequest request, Actor actor) {
        return sanctionRounds.close(actor, ref, id, request);
    }
}
