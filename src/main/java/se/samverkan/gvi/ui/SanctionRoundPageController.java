package se.samverkan.gvi.ui;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.GroupView;
import se.samverkan.gvi.recommendation.ClosureRequest;
import se.samverkan.gvi.recommendation.SanctionRoundView;
import se.samverkan.gvi.recommendation.SanctionRounds;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.security.Actor;

/**
 * Avsluta sanktionsomgång: a coordinator closes a group's sanction round with its effect review,
 * through the same service as {@code POST /api/v1/groups/{ref}/sanction-rounds/{id}/closure}.
 */
@Controller
class SanctionRoundPageController {

    private final GroupService groups;
    private final SanctionRounds rounds;

    SanctionRoundPageController(GroupService groups, SanctionRounds rounds) {
        this.groups = groups;
        this.rounds = rounds;
    }

    @GetMapping("/groups/{ref}/sanction-rounds/{id}/closure")
    String closing(@PathVariable String ref, @PathVariable UUID id, Actor actor, Model model) {
        return form(model, groups.group(actor, ref), id, "", Map.of());
    }

    @PostMapping("/groups/{ref}/sanction-rounds/{id}/closure")
    String close(
            @PathVariable String ref,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String effectReview,
            Actor actor,
            FormPost post) {
        GroupView group = groups.group(actor, ref);
        String typed = effectReview == null ? "" : effectReview;
        FormRefusals refusals = new FormRefusals().onConflict("effectReview", "round.error.closed");
        ClosureRequest request = post.checked(refusals, new ClosureRequest(typed));
        return refusals.answer(request, post, errors -> form(post.model(), group, id, typed, errors), closure -> {
            rounds.close(actor, ref, id, closure);
            return post.flash("roundClosed", true).redirect("/groups/" + ref);
        });
    }

    private String form(Model model, GroupView group, UUID id, String effectReview, Map<String, String> errors) {
        SanctionRoundView round = group.sanctionRounds().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no sanction round " + id + " of group " + group.ref()));
        model.addAttribute("group", group);
        model.addAttribute("round", round);
        model.addAttribute("effectReview", effectReview);
        model.addAttribute("errors", errors);
        model.addAttribute("here", "/groups/" + group.ref() + "/sanction-rounds/" + id + "/closure");
        return "ui/round-closure";
    }
}
