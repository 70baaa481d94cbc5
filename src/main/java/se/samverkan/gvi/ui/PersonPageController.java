package se.samverkan.gvi.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.Person;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new person or a person's facts. The facts offered are the person facts of the active rule set's
 * vocabulary ({@code rules/vocabulary/person-facts.yaml}), each a checkbox named by its code as the
 * JSON of {@code PUT /api/v1/persons/{ref}} names it; the form is turned into that JSON's request
 * and saved through the same service, so it is checked, refused and logged alike.
 */
@Controller
class PersonPageController {

    private final GroupService groups;
    private final JsonMapper json;
    private final ActiveRuleSet ruleSet;

    PersonPageController(GroupService groups, JsonMapper json, ActiveRuleSet ruleSet) {
        this.groups = groups;
        this.json = json;
        this.ruleSet = ruleSet;
    }

    /** The form as typed: the ref, the birth date, and the codes of the facts ticked. */
    public record PersonForm(String ref, String birthDate, Set<String> facts) {

        public boolean isTicked(String code) {
            return facts.contains(code);
        }
    }

    @GetMapping("/persons/new")
    String newPerson(Actor actor, Model model) {
        return form(model, actor, new PersonForm("", "", Set.of()), Map.of(), false);
    }

    @PostMapping("/persons/new")
    String create(@RequestParam MultiValueMap<String, String> params, Actor actor, FormPost post) {
        PersonForm form = read(params.getFirst("ref"), params, actor);
        FormRefusals refusals = new FormRefusals();
        refusals.reference("ref", form.ref());
        if (refusals.isEmpty() && groups.personExists(actor, form.ref())) {
            // a new person under a taken ref would silently overwrite that person's facts
            refusals.conflict("ref", "person.error.ref.taken");
        }
        return save(form, refusals, actor, post, false);
    }

    @GetMapping("/persons/{ref}/edit")
    String edit(@PathVariable String ref, Actor actor, Model model) {
        Person person = groups.person(actor, ref);
        Map<?, ?> stored = json.convertValue(person, Map.class);
        Set<String> ticked = new LinkedHashSet<>();
        vocabulary(actor).personFacts().keySet().stream()
                .filter(code -> Boolean.TRUE.equals(stored.get(code)))
                .forEach(ticked::add);
        return form(model, actor, new PersonForm(ref, person.birthDate().toString(), ticked), Map.of(), true);
    }

    @PostMapping("/persons/{ref}/edit")
    String update(
            @PathVariable String ref, @RequestParam MultiValueMap<String, String> params, Actor actor, FormPost post) {
        groups.person(actor, ref);
        return save(read(ref, params, actor), new FormRefusals(), actor, post, true);
    }

    private String save(PersonForm form, FormRefusals refusals, Actor actor, FormPost post, boolean stored) {
        @Nullable PersonRequest request = post.checked(refusals, request(form, refusals, actor));
        return refusals.answer(request, post, errors -> form(post.model(), actor, form, errors, stored), person -> {
            Person saved = groups.savePerson(actor, form.ref(), person).value();
            return post.flash("saved", saved.ref()).redirect("/persons/" + saved.ref() + "/edit");
        });
    }

    /** The JSON the API would receive, built from the vocabulary's codes; null when the birth date is unreadable. */
    private @Nullable PersonRequest request(PersonForm form, FormRefusals refusals, Actor actor) {
        if (refusals.date("birthDate", form.birthDate()) == null
                && !form.birthDate().isBlank()) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "birthDate",
                form.birthDate().isBlank() ? null : form.birthDate().strip());
        vocabulary(actor).personFacts().keySet().forEach(code -> body.put(code, form.isTicked(code)));
        try {
            return json.convertValue(body, PersonRequest.class);
        } catch (JacksonException e) {
            refusals.malformed("birthDate", "form.error.invalid");
            return null;
        }
    }

    private PersonForm read(@Nullable String ref, MultiValueMap<String, String> params, Actor actor) {
        Set<String> ticked = new LinkedHashSet<>();
        for (String code : vocabulary(actor).personFacts().keySet()) {
            List<String> values = params.getOrDefault(code, List.of());
            if (values.contains("true")) {
                ticked.add(code);
            }
        }
        String birthDate = params.getFirst("birthDate");
        return new PersonForm(ref == null ? "" : ref, birthDate == null ? "" : birthDate, ticked);
    }

    private String form(Model model, Actor actor, PersonForm form, Map<String, String> errors, boolean stored) {
        model.addAttribute("form", form);
        model.addAttribute("facts", List.copyOf(vocabulary(actor).personFacts().values()));
        model.addAttribute("errors", errors);
        model.addAttribute("stored", stored);
        model.addAttribute("here", stored ? "/persons/" + form.ref() + "/edit" : "/persons/new");
        return "ui/person-form";
    }

    private Vocabulary vocabulary(Actor actor) {
        return ruleSet.current(actor.site()).vocabulary();
    }
}
