package se.samverkan.gvi.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.recommendation.ActionOutcome;
import se.samverkan.gvi.recommendation.OutcomeRequest;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.security.Actor;

/**
 * Rapportera utfall: a coordinator reports what became of an approved action, through the same
 * service as {@code POST /api/v1/recommendations/{id}/actions/{actionId}/outcome}.
 */
@Controller
class ActionOutcomePageController {

    private final Recommendations recommendations;
    private final PageFormats formats;

    ActionOutcomePageController(Recommendations recommendations, PageFormats formats) {
        this.recommendations = recommendations;
        this.formats = formats;
    }

    /** The form as typed. */
    public record OutcomeForm(String executedOn, String outcome, String note) {}

    @GetMapping("/recommendations/{id}/actions/{actionId}/outcome")
    String reporting(@PathVariable UUID id, @PathVariable UUID actionId, Actor actor, Model model, Locale locale) {
        return form(
                model,
                locale,
                recommendations.get(actor, id),
                actionId,
                new OutcomeForm(formats.today().toString(), "", ""),
                Map.of());
    }

    @PostMapping("/recommendations/{id}/actions/{actionId}/outcome")
    String report(
            @PathVariable UUID id,
            @PathVariable UUID actionId,
            @RequestParam(required = false) @Nullable String executedOn,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String note,
            Actor actor,
            Locale locale,
            FormPost post) {
        RecommendationView recommendation = recommendations.get(actor, id);
        OutcomeForm form = new OutcomeForm(
                executedOn == null ? "" : executedOn, outcome == null ? "" : outcome, note == null ? "" : note);
        FormRefusals refusals = new FormRefusals().onConflict("outcome", "outcome.error.notApproved");
        var executed = refusals.date("executedOn", form.executedOn());
        ActionOutcome chosen = null;
        if (!form.outcome().isBlank()) {
            try {
                chosen = ActionOutcome.valueOf(form.outcome());
            } catch (IllegalArgumentException e) {
                refusals.malformed("outcome", "form.error.choice");
            }
        }
        OutcomeRequest request = null;
        if (refusals.isEmpty()) {
            request = post.checked(
                    refusals, asPosted(executed, chosen, form.note().isBlank() ? null : form.note()));
        }
        ActionOutcome reported = chosen;
        Function<Map<String, String>, String> again =
                errors -> form(post.model(), locale, recommendation, actionId, form, errors);
        return refusals.answer(request, post, again, outcomeRequest -> {
            recommendations.reportOutcome(actor, id, actionId, outcomeRequest);
            return post.flash("outcomeReported", reported).redirect("/recommendations/" + id);
        });
    }

    private String form(
            Model model,
            Locale locale,
            RecommendationView recommendation,
            UUID actionId,
            OutcomeForm form,
            Map<String, String> errors) {
        RecommendationView.ActionView action = recommendation.actions().stream()
                .filter(a -> actionId.equals(a.id()))
                .findFirst()
                .orElseThrow(() ->
                        new NotFoundException("no action " + actionId + " in recommendation " + recommendation.id()));
        model.addAttribute("r", recommendation);
        model.addAttribute("action", action);
        model.addAttribute("leverName", formats.lever(action.proposed().lever(), locale));
        model.addAttribute("form", form);
        model.addAttribute("outcomes", ActionOutcome.values());
        model.addAttribute("errors", errors);
        model.addAttribute("here", "/recommendations/" + recommendation.id() + "/actions/" + actionId + "/outcome");
        return "ui/action-outcome";
    }

    // Built as posted, before the validator: a missing value is left for Bean Validation to name
    // beside its field, exactly as in a JSON body (the API's request types are checked the same way).
    @SuppressWarnings("NullAway")
    private static OutcomeRequest asPosted(
            @Nullable LocalDate executedOn, @Nullable ActionOutcome outcome, @Nullable String note) {
        return new OutcomeRequest(executedOn, outcome, note);
    }
}
