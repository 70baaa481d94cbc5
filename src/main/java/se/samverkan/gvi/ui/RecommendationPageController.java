package se.samverkan.gvi.ui;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.input.InputPolicy;
import se.samverkan.gvi.recommendation.CompleteDecision;
import se.samverkan.gvi.recommendation.DecisionRequest;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.RecommendationView.ActionView;
import se.samverkan.gvi.recommendation.RecommendationView.ExclusionView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.ReviewDecision;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.FieldError;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;

/**
 * Rekommendation: one recommendation with its incident, group, promise, and every member's
 * proposed actions and exclusions with their explanation; for a coordinator the decision form,
 * which decides through the same service as {@code POST /api/v1/recommendations/{id}/decision}.
 */
@Controller
class RecommendationPageController {

    private final Recommendations recommendations;
    private final IncidentService incidents;
    private final GroupService groups;
    private final ActiveRuleSet ruleSet;

    RecommendationPageController(
            Recommendations recommendations, IncidentService incidents, GroupService groups, ActiveRuleSet ruleSet) {
        this.recommendations = recommendations;
        this.incidents = incidents;
        this.groups = groups;
        this.ruleSet = ruleSet;
    }

    /** One member's part of a recommendation. */
    public record MemberCase(String personRef, List<ActionView> actions, List<ExclusionView> exclusions) {}

    @GetMapping("/recommendations/{id}")
    String show(@PathVariable UUID id, Actor actor, Model model) {
        return page(model, actor, recommendations.get(actor, id), DecisionForm.empty(), Map.of());
    }

    @PostMapping("/recommendations/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @ModelAttribute("form") DecisionForm form,
            BindingResult binding,
            Actor actor,
            FormPost post) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors()
                .forEach(e -> errors.putIfAbsent(field(e.getField()), "decision.error." + field(e.getField())));
        DecisionRequest request = asPosted(form);
        int status = 400;
        for (ConstraintViolation<DecisionRequest> v : post.violations(request)) {
            String field = field(v.getPropertyPath().toString());
            // an identity number is named as such beside its field, whatever else is wrong (as the API does)
            if (InputPolicy.isUnprocessable(v)) {
                errors.put(field, PageForms.messageKey("decision.error." + field, v));
                status = 422;
            } else if (v.getConstraintDescriptor().getAnnotation() instanceof CompleteDecision) {
                errors.putIfAbsent(field, messageFor(field, form.decision()));
            } else {
                errors.putIfAbsent(field, PageForms.messageKey("decision.error." + field, v));
            }
        }
        if (errors.isEmpty()) {
            try {
                RecommendationView decided = recommendations.decide(actor, id, request);
                return post.flash("decided", decided.status()).redirect("/recommendations/" + id);
            } catch (UnprocessableException e) {
                status = 422;
                for (FieldError error : e.errors()) {
                    errors.putIfAbsent(field(error.field()), "decision.error." + field(error.field()) + ".unknown");
                }
            } catch (ConflictException e) {
                status = 409;
                errors.put("global", "decision.error.conflict");
            }
        }
        post.status(status);
        return page(post.model(), actor, recommendations.get(actor, id), form, errors);
    }

    private String page(
            Model model, Actor actor, RecommendationView view, DecisionForm form, Map<String, String> errors) {
        Map<String, List<ActionView>> actions = new TreeMap<>();
        Map<String, List<ExclusionView>> exclusions = new TreeMap<>();
        view.actions()
                .forEach(a -> actions.computeIfAbsent(a.proposed().personRef(), p -> new ArrayList<>())
                        .add(a));
        view.exclusions()
                .forEach(e -> exclusions
                        .computeIfAbsent(e.personRef(), p -> new ArrayList<>())
                        .add(e));
        Set<String> persons = new java.util.TreeSet<>(actions.keySet());
        persons.addAll(exclusions.keySet());
        List<MemberCase> members = persons.stream()
                .map(p -> new MemberCase(p, actions.getOrDefault(p, List.of()), exclusions.getOrDefault(p, List.of())))
                .toList();
        Set<String> clauses = new LinkedHashSet<>();
        view.actions().stream()
                .map(a -> a.proposed().promiseClause())
                .filter(Objects::nonNull)
                .forEach(clauses::add);
        @Nullable
        Promise promise = view.promiseId() == null
                ? null
                : ruleSet.current(actor.site()).promises().get(view.promiseId());
        model.addAttribute("here", "/recommendations/" + view.id());
        model.addAttribute("r", view);
        model.addAttribute("incident", incidents.incident(actor, view.incidentReference()));
        model.addAttribute("group", groups.group(actor, view.groupRef()));
        model.addAttribute("members", members);
        model.addAttribute("clauses", clauses);
        model.addAttribute("promise", promise);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ui/recommendation";
    }

    /** {@code approvedActionIds[0]} and {@code approvedActionIds} are the same field on the page. */
    private static String field(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static String messageFor(String field, @Nullable ReviewDecision decision) {
        if (field.equals("approvedActionIds")) {
            return decision == ReviewDecision.PARTIALLY_APPROVED
                    ? "decision.error.approvedActionIds.none"
                    : "decision.error.approvedActionIds.notPartial";
        }
        return "decision.error." + field;
    }

    /**
     * The form as the API's request, not yet validated: a missing decision is left for the validator
     * to name beside its field, exactly as a JSON body without one.
     */
    @SuppressWarnings("NullAway")
    private static DecisionRequest asPosted(DecisionForm form) {
        return new DecisionRequest(
                form.decision(),
                form.ticked(),
                form.reason() == null || form.reason().isBlank()
                        ? null
                        : form.reason().strip());
    }
}
