package se.samverkan.gvi.incident;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.Created;

/** {@code /api/v1/incidents} and {@code /api/v1/evaluations} (docs/api.md). */
@RestController
class IncidentController {

    private final IncidentService incidents;

    IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @PostMapping("/api/v1/incidents")
    ResponseEntity<IncidentReport> report(@Valid @RequestBody IncidentRequest request, Actor actor) {
        IncidentService.Reported reported = incidents.report(actor, request.incident());
        return Created.orOk(reported.created(), reported.report());
    }

    @GetMapping("/api/v1/incidents/{reference}")
    IncidentView get(@PathVariable String reference, Actor actor) {
        return incidents.incident(actor, reference);
    }

    @PutMapping("/api/v1/incidents/{reference}")
    IncidentReport amend(@PathVariable String reference, @Valid @RequestBody IncidentRequest request, Actor actor) {
        return incidents.amend(actor, reference, request.incident());
    }

    @PostMapping("/api/v1/incidents/{reference}/retraction")
    Retraction retract(@PathVariable String reference, @Valid @RequestBody RetractionRequest request, Actor actor) {
        return incidents.retract(actor, reference, request);
    }

    @PostMapping("/api/v1/evaluations")
    WhatIf evaluate(@Valid @RequestBody IncidentRequest request, Actor actor) {
        return incidents.evaluate(actor, request.incident());
    }
}
