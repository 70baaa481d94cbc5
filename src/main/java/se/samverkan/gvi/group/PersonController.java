package se.samverkan.gvi.group;

import static se.samverkan.gvi.security.Roles.ADMIN;
import static se.samverkan.gvi.security.Roles.COORDINATOR;
import static se.samverkan.gvi.security.Roles.LEGAL_REVIEWER;
import static se.samverkan.gvi.security.Roles.LIAISON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.input.Reference;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.Access;

/** {@code /api/v1/persons} (docs/api.md). */
@RestController
@Tag(name = "Persons", description = "Pseudonymous persons and the facts agencies report about them.")
@RequestMapping("/api/v1/persons")
class PersonController {

    private final GroupService groups;

    PersonController(GroupService groups) {
        this.groups = groups;
    }

    @Operation(
            operationId = "putPerson",
            summary = "Register or update a person",
            description =
                    "Stores the facts agencies report about a pseudonymous person (`P-0042`); booleans left out are "
                            + "false.")
    @Access(
            roles = {ADMIN},
            log = "`PERSON_REGISTERED` or `PERSON_UPDATED`")
    @ApiResponse(responseCode = "201", description = "The person was new: the stored person.")
    @ApiResponse(responseCode = "200", description = "The person existed and was updated: the stored person.")
    @ApiResponse(
            responseCode = "422",
            description = "An identity number in any field, or a birth date in the "
                    + "future or more than 120 years back (`urn:gvi:problem:unprocessable`).")
    @PutMapping("/{ref}")
    ResponseEntity<Person> put(
            @PathVariable @Reference String ref, @Valid @RequestBody PersonRequest request, Actor actor) {
        GroupService.Saved<Person> saved = groups.savePerson(actor, ref, request);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.value());
    }

    @Operation(
            operationId = "getPerson",
            summary = "Read a person",
            description = "The stored facts of one person of the signed-in user's site.")
    @Access(
            roles = {LIAISON, COORDINATOR, LEGAL_REVIEWER, ADMIN},
            log = "`PERSON_READ` (every read of a person is logged)")
    @ApiResponse(responseCode = "200", description = "The person.")
    @GetMapping("/{ref}")
    Person get(@PathVariable String ref, Actor actor) {
        return groups.person(actor, ref);
    }
}
