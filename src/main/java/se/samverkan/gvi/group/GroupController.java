package se.samverkan.gvi.group;

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
import se.samverkan.gvi.web.Created;

/** {@code /api/v1/groups} and their call-ins (docs/api.md). */
@RestController
@RequestMapping("/api/v1/groups")
class GroupController {

    private final GroupService groups;

    GroupController(GroupService groups) {
        this.groups = groups;
    }

    @PutMapping("/{ref}")
    ResponseEntity<GroupView> put(
            @PathVariable @Reference String ref, @Valid @RequestBody GroupRequest request, Actor actor) {
        GroupService.Saved<GroupView> saved = groups.saveGroup(actor, ref, request);
        return Created.orOk(saved.created(), saved.value());
    }

    @GetMapping("/{ref}")
    GroupView get(@PathVariable String ref, Actor actor) {
        return groups.group(actor, ref);
    }

    @PostMapping("/{ref}/call-ins")
    @ResponseStatus(HttpStatus.CREATED)
    CallInView callIn(@PathVariable String ref, @Valid @RequestBody CallInRequest request, Actor actor) {
        return groups.recordCallIn(actor, ref, request);
    }
}
