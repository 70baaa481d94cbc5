package se.samverkan.gvi.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.CallInView;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.GroupView;
import se.samverkan.gvi.group.SpeakerRole;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;

/**
 * Registrera call-in: a call-in held for a group, saved through the same service as
 * {@code POST /api/v1/groups/{ref}/call-ins}. The promises offered are those of the active rule set
 * in force today; a call-in under a promise that was not in force on the day it was held is refused
 * here, since it would never put the group on notice (docs/behaviour.md, "Terms").
 */
@Controller
class CallInPageController {

    private final GroupService groups;
    private final ActiveRuleSet ruleSet;
    private final PageFormats formats;

    CallInPageController(GroupService groups, ActiveRuleSet ruleSet, PageFormats formats) {
        this.groups = groups;
        this.ruleSet = ruleSet;
        this.formats = formats;
    }

    @GetMapping("/groups/{ref}/call-ins/new")
    String newCallIn(@PathVariable String ref, Actor actor, Model model) {
        GroupView group = groups.group(actor, ref);
        List<Promise> inForce = inForce(actor, formats.today());
        return form(
                model,
                actor,
                group,
                CallInForm.empty(
                        formats.today().toString(),
                        inForce.size() == 1 ? inForce.get(0).id() : null),
                Map.of());
    }

    @PostMapping("/groups/{ref}/call-ins/new")
    String register(
            @PathVariable String ref,
            @ModelAttribute("form") CallInForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String addSpeaker,
            @RequestParam(required = false) @Nullable String addNotification,
            Actor actor,
            FormPost post) {
        GroupView group = groups.group(actor, ref);
        if (addSpeaker != null || addNotification != null) {
            CallInForm longer = form.withEmptyRows(addSpeaker != null, addNotification != null);
            return form(post.model(), actor, group, longer, Map.of());
        }
        FormRefusals refusals = new FormRefusals(java.util.Set.of("attendees"))
                .onUnknown(
                        field -> field.equals("promiseId") ? "callIn.error.unknownPromise" : "form.error.unknownPerson")
                .onConflict("heldOn", "callIn.error.duplicate");
        CallInRequest request = post.checked(refusals, form.request(refusals));
        if (refusals.isEmpty() && request != null) {
            Promise promise = ruleSet.current(actor.site()).promises().get(request.promiseId());
            if (promise != null && !promise.validOn(request.heldOn())) {
                refusals.unprocessable("promiseId", "callIn.error.promiseNotInForce");
            }
        }
        Function<Map<String, String>, String> again =
                errors -> form(post.model(), actor, group, form.withEmptyRows(false, false), errors);
        return refusals.answer(request, post, again, callIn -> {
            CallInView saved = groups.recordCallIn(actor, ref, callIn);
            return post.flash("callInRecorded", saved.heldOn()).redirect("/groups/" + ref);
        });
    }

    private String form(Model model, Actor actor, GroupView group, CallInForm form, Map<String, String> errors) {
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("promises", inForce(actor, formats.today()));
        model.addAttribute("roles", SpeakerRole.values());
        model.addAttribute("here", "/groups/" + group.ref() + "/call-ins/new");
        return "ui/call-in-form";
    }

    private List<Promise> inForce(Actor actor, LocalDate day) {
        return ruleSet.current(actor.site()).promises().values().stream()
                .filter(p -> p.validOn(day))
                .sorted(Comparator.comparing(Promise::validFrom).thenComparing(Promise::id))
                .toList();
    }
}
