package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.GroupView;
import se.samverkan.gvi.security.Actor;

/**
 * Kartläggning: the list of groups, a new group and a new audit of one. The forms save through the
 * same service as {@code PUT /api/v1/groups/{ref}}, so they are checked, refused and logged alike.
 */
@Controller
class MappingPageController {

    private final GroupService groups;
    private final Validator validator;
    // @Lazy: resolved on first use, so that slice tests of the API, which load every controller
    // with mocked application services only, need not provide it.
    private final PageFormats formats;

    MappingPageController(GroupService groups, Validator validator, @Lazy PageFormats formats) {
        this.groups = groups;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/groups")
    String list(Actor actor, Model model) {
        model.addAttribute("groups", groups.groups(actor));
        return "ui/groups";
    }

    @GetMapping("/groups/new")
    String newGroup(Model model) {
        return form(model, GroupForm.empty(formats.today().toString()), Map.of(), null);
    }

    @PostMapping("/groups/new")
    String create(
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String addRival,
            @RequestParam(required = false) @Nullable String addMember,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (addRival != null || addMember != null) {
            return form(model, form.withEmptyRows(addRival != null, addMember != null), Map.of(), null);
        }
        FormRefusals refusals = new FormRefusals();
        refusals.reference("ref", form.ref());
        if (refusals.isEmpty()
                && groups.groups(actor).stream().anyMatch(g -> g.ref().equals(form.ref()))) {
            // a new group under a taken ref would silently become a new audit of that group
            refusals.conflict("ref", "mapping.error.ref.taken");
        }
        return save(form.ref(), form, refusals, actor, model, redirect, response, null);
    }

    @GetMapping("/groups/{ref}/audits/new")
    String newAudit(@PathVariable String ref, Actor actor, Model model) {
        GroupView group = groups.group(actor, ref);
        return form(model, GroupForm.of(group, formats.today().toString()), Map.of(), group);
    }

    @PostMapping("/groups/{ref}/audits/new")
    String audit(
            @PathVariable String ref,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String addRival,
            @RequestParam(required = false) @Nullable String addMember,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        GroupView group = groups.group(actor, ref);
        GroupForm ofGroup = new GroupForm(ref, form.name(), form.area(), form.rivals(), form.audit());
        if (addRival != null || addMember != null) {
            return form(model, ofGroup.withEmptyRows(addRival != null, addMember != null), Map.of(), group);
        }
        return save(ref, ofGroup, new FormRefusals(), actor, model, redirect, response, group);
    }

    private String save(
            @Nullable String ref,
            GroupForm form,
            FormRefusals refusals,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @Nullable GroupView group) {
        GroupRequest request = form.request(refusals);
        if (request != null) {
            refusals.violations(validator.validate(request));
        }
        refusals.onUnknown(field -> "form.error.unknownPerson");
        return refusals.answer(
                request,
                posted -> {
                    // a new group's ref is checked before (FormRefusals.reference), an audit's is its address
                    GroupView saved = groups.saveGroup(actor, Objects.requireNonNull(ref), posted)
                            .value();
                    redirect.addFlashAttribute("saved", saved.ref());
                    redirect.addFlashAttribute("savedAudits", saved.audits().size());
                    return "redirect:/groups#group-" + saved.ref();
                },
                response,
                errors -> form(model, form.withEmptyRows(false, false), errors, group));
    }

    private String form(Model model, GroupForm form, Map<String, String> errors, @Nullable GroupView group) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("group", group);
        model.addAttribute("here", group == null ? "/groups/new" : "/groups/" + group.ref() + "/audits/new");
        return "ui/group-form";
    }
}
