package se.samverkan.gvi.group;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.input.Reference;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.Created;

/** {@code /api/v1/persons} (docs/api.md). */
@RestController
@RequestMapping("/api/v1/persons")
class PersonController {

    private final GroupService groups;

    PersonController(GroupService groups) {
        this.groups = groups;
    }

    @PutMapping("/{ref}")
    ResponseEntity<Person> put(
            @PathVariable @Reference String ref, @Valid @RequestBody PersonRequest request, Actor actor) {
        GroupService.Saved<Person> saved = groups.savePerson(actor, ref, request);
        return Created.orOk(saved.created(), saved.value());
    }

    @GetMapping("/{ref}")
    Person get(@PathVariable String ref, Actor actor) {
        return groups.person(actor, ref);
    }
}
