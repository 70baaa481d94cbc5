package se.samverkan.gvi.incident;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.security.Actor;

/** {@code /api/v1/incidents} and {@code /api/v1/evaluations} (docs/api.md). */
@RestController
@Tag(name = "Incidents", description = "Reporting, amending and retracting incidents; what-if evaluations.")
class IncidentController {

    private final IncidentService incidents;

    IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Operation(
            operationId = "reportIncident",
            summary = "Report an incident",
            description = "Stores the incident and evaluates it in the same request and transaction: one "
                    + "recommendation per attributed group, pending a coordinator's review. The same reference "
                    + "with the same content answers 200 with the current version; other content is a conflict "
                    + "(amend with PUT).\n\n**Who may call:** LIAISON.\n\n**Decision log:** `INCIDENT_REPORTED` "
                    + "and `RECOMMENDATION_CREATED` per recommendation.")
    @ApiResponse(
            responseCode = "201",
            description = "Stored and evaluated: the new version with its " + "recommendations.")
    @ApiResponse(
            responseCode = "200",
            description = "The same reference with the same content was stored before: " + "its current version.")
    @ApiResponse(
            responseCode = "409",
            description =
                    "The reference exists with other content, or was retracted " + "(`urn:gvi:problem:conflict`).")
    @ApiResponse(
            responseCode = "422",
            description = "`occurredAt` in the future, an unknown group or suspect, a "
                    + "group attributed twice, or an identity number (`urn:gvi:problem:unprocessable`).")
    @PostMapping("/api/v1/incidents")
    ResponseEntity<IncidentReport> report(@Valid @RequestBody IncidentRequest request, Actor actor) {
        IncidentService.Reported reported = incidents.report(actor, request.incident());
        return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(reported.report());
    }

    @Operation(
            operationId = "getIncident",
            summary = "Read an incident",
            description = "An incident with its status, current content, versions and the recommendations of every "
                    + "version.\n\n**Who may call:** LIAISON, COORDINATOR, LEGAL_REVIEWER.\n\n**Decision log:** "
                    + "`INCIDENT_READ`.")
    @ApiResponse(responseCode = "200", description = "The incident.")
    @GetMapping("/api/v1/incidents/{reference}")
    IncidentView get(@PathVariable String reference, Actor actor) {
        return incidents.incident(actor, reference);
    }

    @Operation(
            operationId = "amendIncident",
            summary = "Amend an incident",
            description = "Stores a new version and evaluates it: earlier recommendations still pending become "
                    + "SUPERSEDED, decided ones get `needsReview`. Identical content answers the current version "
                    + "and stores nothing.\n\n**Who may call:** LIAISON.\n\n**Decision log:** `INCIDENT_AMENDED`, "
                    + "`RECOMMENDATION_CREATED` per new recommendation, `RECOMMENDATION_SUPERSEDED` or "
                    + "`RECOMMENDATION_NEEDS_REVIEW` per earlier one.")
    @ApiResponse(responseCode = "200", description = "The new version with its new recommendations only.")
    @ApiResponse(responseCode = "409", description = "The incident was retracted (`urn:gvi:problem:conflict`).")
    @ApiResponse(
            responseCode = "422",
            description = "The body's reference differs from the path, or as when "
                    + "reporting (`urn:gvi:problem:unprocessable`).")
    @PutMapping("/api/v1/incidents/{reference}")
    IncidentReport amend(@PathVariable String reference, @Valid @RequestBody IncidentRequest request, Actor actor) {
        return incidents.amend(actor, reference, request.incident());
    }

    @Operation(
            operationId = "retractIncident",
            summary = "Retract an incident",
            description = "Retracts an incident: its pending recommendations become WITHDRAWN, decided ones get "
                    + "`needsReview`.\n\n**Who may call:** LIAISON.\n\n**Decision log:** `INCIDENT_RETRACTED`, "
                    + "`RECOMMENDATION_WITHDRAWN` or `RECOMMENDATION_NEEDS_REVIEW` per recommendation.")
    @ApiResponse(responseCode = "200", description = "The retraction with the withdrawn recommendations.")
    @ApiResponse(
            responseCode = "409",
            description = "The incident is already retracted " + "(`urn:gvi:problem:conflict`).")
    @PostMapping("/api/v1/incidents/{reference}/retraction")
    Retraction retract(@PathVariable String reference, @Valid @RequestBody RetractionRequest request, Actor actor) {
        return incidents.retract(actor, reference, request);
    }

    @Operation(
            operationId = "evaluateIncident",
            summary = "What-if evaluation",
            description = "What the rules would recommend for this incident body, with full recommendations whose "
                    + "`id` and `status` are null. Stores nothing but the log entry.\n\n**Who may call:** LIAISON, "
                    + "COORDINATOR, LEGAL_REVIEWER.\n\n**Decision log:** `EVALUATION_RUN`.")
    @ApiResponse(responseCode = "200", description = "The recommendations the rules would make.")
    @ApiResponse(responseCode = "422", description = "As when reporting (`urn:gvi:problem:unprocessable`).")
    @PostMapping("/api/v1/evaluations")
    WhatIf evaluate(@Valid @RequestBody IncidentRequest request, Actor actor) {
        return incidents.evaluate(actor, request.incident());
    }
}
