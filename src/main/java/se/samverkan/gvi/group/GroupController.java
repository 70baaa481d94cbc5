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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.input.Reference;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.Access;

/** {@code /api/v1/groups} and their call-ins (docs/api.md). */
@RestController
@Tag(name = "Groups", description = "Mapped groups, their audits, call-ins and sanction rounds.")
@RequestMapping("/api/v1/groups")
class GroupController {

    private final GroupService groups;

    GroupController(GroupService groups) {
        this.groups = groups;
    }

    @Operation(
            operationId = "putGroup",
            summary = "Register a group or a new audit of it",
            description =
                    "Stores a group with its rivals and a dated audit (kartläggning) of its members; a group that "
                            + "exists gets a new audit version.")
    @Access(
            roles = {ADMIN},
            log = "`GROUP_REGISTERED` or `GROUP_AUDITED`")
    @ApiResponse(responseCode = "201", description = "The group was new: the stored group.")
    @ApiResponse(responseCode = "200", description = "A new audit version of an existing group: the stored group.")
    @ApiResponse(
            responseCode = "422",
            description = "A member or rival that does not exist, a date that cannot be "
                    + "true, or an identity number (`urn:gvi:problem:unprocessable`).")
    @PutMapping("/{ref}")
    ResponseEntity<GroupView> put(
            @PathVariable @Reference String ref, @Valid @RequestBody GroupRequest request, Actor actor) {
        GroupService.Saved<GroupView> saved = groups.saveGroup(actor, ref, request);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(saved.value());
    }

    @Operation(
            operationId = "getGroup",
            summary = "Read a group",
            description = "A group with its audits, current members, call-ins and sanction rounds.")
    @Access(
            roles = {LIAISON, COORDINATOR, LEGAL_REVIEWER, ADMIN},
            log = "`GROUP_READ`")
    @ApiResponse(responseCode = "200", description = "The group.")
    @GetMapping("/{ref}")
    GroupView get(@PathVariable String ref, Actor actor) {
        return groups.group(actor, ref);
    }

    @Operation(
            operationId = "recordCallIn",
            summary = "Record a call-in",
            description = "Records a call-in of the group: the date, the promise delivered, attendees, speakers and "
                    + "custom notifications delivered afterwards. The promise is frozen from then on.")
    @Access(
            roles = {COORDINATOR},
            log = "`CALL_IN_RECORDED`")
    @ApiResponse(responseCode = "201", description = "The recorded call-in.")
    @ApiResponse(
            responseCode = "409",
            description = "A call-in of the group on that day with another promise, or "
                    + "the site's rules are being put into service (`urn:gvi:problem:conflict`).")
    @ApiResponse(
            responseCode = "422",
            description = "An unknown promise or person, a date that cannot be true, or "
                    + "an identity number (`urn:gvi:problem:unprocessable`).")
    @PostMapping("/{ref}/call-ins")
    @ResponseStatus(HttpStatus.CREATED)
    CallInView callIn(@PathVariable String ref, @Valid @RequestBody CallInRequest request, Actor actor) {
        return groups.recordCallIn(actor, ref, request);
    }
}
