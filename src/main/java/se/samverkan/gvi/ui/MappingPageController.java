package se.samverkan.gvi.ui;

import java.util.Map;
import java.util.Objects;
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
    private final PageFormats formats;

    MappingPageController(GroupService groups, PageFormats formats) {
        this.groups = groups;
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

    @GetMapping("/groups/{ref}/audits/new")
    String newAudit(@PathVariable String ref, Actor actor, Model model) {
        GroupView group = groups.group(actor, ref);
        return form(model, GroupForm.of(group, formats.today().toString()), Map.of(), group);
    }

    /**
     * A new group ({@code ref} null: the form names it) or a new audit of the group in the address:
     * either is saved as {@code PUT /api/v1/groups/{ref}} saves it.
     */
    @PostMapping({"/groups/new", "/groups/{ref}/audits/new"})
    String save(
            @PathVariable(required = false) @Nullable String ref,
            @ModelAttribute("form") GroupForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String addRival,
            @RequestParam(required = false) @Nullable String addMember,
            Actor actor,
            FormPost post) {
        @Nullable GroupView group = ref == null ? null : groups.group(actor, ref);
        GroupForm posted =
                ref == null ? form : new GroupForm(ref, form.name(), form.area(), form.rivals(), form.audit());
        if (addRival != null || addMember != null) {
            return form(post.model(), posted.withEmptyRows(addRival != null, addMember != null), Map.of(), group);
        }
        FormRefusals refusals = new FormRefusals().onUnknown(field -> "form.error.unknownPerson");
        if (ref == null) {
            refusals.reference("ref", form.ref());
            if (refusals.isEmpty()
                    && groups.groups(actor).stream().anyMatch(g -> g.ref().equals(form.ref()))) {
                // a new group under a taken ref would silently become a new audit of that group
                refusals.conflict("ref", "mapping.error.ref.taken");
            }
        }
        GroupRequest request = post.checked(refusals, posted.request(refusals));
        Function<Map<String, String>, String> again =
                errors -> form(post.model(), posted.withEmptyRows(false, false), errors, group);
        return refusals.answer(request, post, again, saving -> {
            // a new group's ref is checked above (FormRefusals.reference), an audit's is its address
            GroupView saved = groups.saveGroup(actor, Objects.requireNonNull(posted.ref()), saving)
                    .value();
            return post.flash("saved", saved.ref())
                    .flash("savedAudits", saved.audits().size())
                    .redirect("/groups#group-" + saved.ref());
        });
    }

    private String form(Model model, GroupForm form, Map<String, String> errors, @Nullable GroupView group) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("group", group);
        model.addAttribute("here", group == null ? "/groups/new" : "/groups/" + group.ref() + "/audits/new");
        return "ui/group-form";
    }
}
