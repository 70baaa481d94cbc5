package se.samverkan.gvi.ui;

import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.group.GroupFacts;
import se.samverkan.gvi.incident.IncidentReport;
import se.samverkan.gvi.incident.IncidentRequest;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.incident.IncidentView;
import se.samverkan.gvi.incident.NoGroupTwice;
import se.samverkan.gvi.incident.Retraction;
import se.samverkan.gvi.incident.RetractionRequest;
import se.samverkan.gvi.incident.WhatIf;
import se.samverkan.gvi.input.EventDate;
import se.samverkan.gvi.input.InputPolicy;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.FieldError;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;

/**
 * The liaison's incident pages: report (with a what-if preview first), an incident with its
 * versions and recommendations, amend and retract. Each form goes through the same service calls
 * as {@code POST}/{@code PUT /api/v1/incidents}, {@code POST /api/v1/evaluations} and the
 * retraction, so the same checks refuse the same input and the same decision-log entries are written.
 */
@Controller
class IncidentPageController {

    private final IncidentService incidents;
    private final GviSettings settings;
    private final GroupFacts groups;
    private final ActiveRuleSet ruleSet;

    IncidentPageController(IncidentService incidents, GviSettings settings, GroupFacts groups, ActiveRuleSet ruleSet) {
        this.incidents = incidents;
        this.settings = settings;
        this.groups = groups;
        this.ruleSet = ruleSet;
    }

    /** The zone a {@code datetime-local} field's time is read in, and a stored time shown in. */
    private ZoneId zone() {
        return settings.zone();
    }

    /** A choice of a select: the API's code and its words in the page language. */
    public record Choice(String code, String label) {}

    /** What a form post asked for besides performing the action. */
    private enum Ask {
        PERFORM,
        PREVIEW,
        ADD_ATTRIBUTION,
        ADD_SUSPECT
    }

    @GetMapping("/incidents/new")
    String reportForm(Actor actor, Model model, Locale locale) {
        return form(model, actor, locale, IncidentForm.empty(), null, Map.of(), null);
    }

    @GetMapping("/incidents/{reference}/edit")
    String amendForm(@PathVariable String reference, Actor actor, Model model, Locale locale) {
        IncidentView incident = incidents.incident(actor, reference);
        return form(model, actor, locale, IncidentForm.of(incident.current(), zone()), incident, Map.of(), null);
    }

    /**
     * A report ({@code amending} null) or an amendment of the incident in the address: performed,
     * previewed, or shown again with one more row. The stored incident is read only to show the form
     * again, so a performed amendment writes the same log entries as {@code PUT /api/v1/incidents/{reference}}.
     */
    @PostMapping({"/incidents/new", "/incidents/{reference}/edit"})
    String post(
            @PathVariable(name = "reference", required = false) @Nullable String amending,
            @ModelAttribute("form") IncidentForm posted,
            Actor actor,
            Locale locale,
            @RequestParam(required = false) @Nullable String preview,
            @RequestParam(required = false) @Nullable String addAttribution,
            @RequestParam(required = false) @Nullable String addSuspect,
            FormPost post) {
        Ask ask = ask(preview, addAttribution, addSuspect);
        Model model = post.model();
        IncidentForm form = posted.withRows();
        if (ask == Ask.ADD_ATTRIBUTION || ask == Ask.ADD_SUSPECT) {
            IncidentForm more =
                    ask == Ask.ADD_ATTRIBUTION ? posted.withAnotherAttribution() : posted.withAnotherSuspect();
            return form(model, actor, locale, more, stored(actor, amending), Map.of(), null);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        IncidentRequest request = form.toRequest(zone(), errors);
        int status = refusals(post.violations(request), errors);
        if (!errors.isEmpty()) {
            post.status(status);
            return form(model, actor, locale, form, stored(actor, amending), errors, null);
        }
        try {
            if (ask == Ask.PREVIEW) {
                WhatIf whatIf = incidents.evaluate(actor, request.incident());
                return form(model, actor, locale, form, stored(actor, amending), Map.of(), whatIf);
            }
            IncidentReport report = amending == null
                    ? incidents.report(actor, request.incident()).report()
                    : incidents.amend(actor, amending, request.incident());
            return post.flash("saved", report.version())
                    .redirect("/incidents/{reference}", "reference", report.reference());
        } catch (UnprocessableException e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), unprocessableKey(error));
            }
            post.status(422);
        } catch (ConflictException e) {
            errors.put("global", amending == null ? "incident.error.conflict" : "incident.error.conflict.amend");
            post.status(409);
        } catch (InvalidRequestException e) {
            errors.put(e.field(), messageKey(e.field(), ""));
            post.status(400);
        }
        return form(model, actor, locale, form, stored(actor, amending), errors, null);
    }

    @GetMapping("/incidents/{reference}")
    String show(@PathVariable String reference, Actor actor, Model model) {
        return page(model, incidents.incident(actor, reference), "", Map.of());
    }

    @PostMapping("/incidents/{reference}/retraction")
    String retract(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String reason,
            Actor actor,
            FormPost post) {
        String entered = reason == null ? "" : reason;
        RetractionRequest request = asPosted(entered.isBlank() ? null : entered.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        int status = refusals(post.violations(request), errors);
        if (errors.isEmpty()) {
            try {
                Retraction retraction = incidents.retract(actor, reference, request);
                return post.flash("retracted", retraction.withdrawn().size())
                        .redirect("/incidents/{reference}", "reference", reference);
            } catch (ConflictException e) {
                status = 409;
                errors.put("global", "incident.error.retraction.conflict");
            }
        }
        post.status(status);
        return page(post.model(), incidents.incident(actor, reference), entered, errors);
    }

    private @Nullable IncidentView stored(Actor actor, @Nullable String reference) {
        return reference == null ? null : incidents.incident(actor, reference);
    }

    /** Puts each violation's message key under its form field; answers 422 when any is unprocessable, else 400. */
    private static int refusals(Set<? extends ConstraintViolation<?>> violations, Map<String, String> errors) {
        int status = 400;
        for (ConstraintViolation<?> v : violations) {
            String field = v.getPropertyPath().toString().replace(".<list element>", "");
            Annotation constraint = v.getConstraintDescriptor().getAnnotation();
            String key = constraint instanceof EventDate
                    ? messageKey(field, "date")
                    : constraint instanceof NoGroupTwice
                            ? messageKey(field, "twice")
                            : PageForms.messageKey(messageKey(field, ""), v);
            // an identity number is named as such beside its field, whatever else is wrong (as the API does)
            if (InputPolicy.isUnprocessable(v)) {
                errors.put(field, key);
                status = 422;
            } else {
                errors.putIfAbsent(field, key);
            }
        }
        return status;
    }

    /** The service's refusals: an amendment naming another reference, a group or suspect not registered. */
    private static String unprocessableKey(FieldError error) {
        return messageKey(error.field(), error.field().equals("reference") ? "path" : "unknown");
    }

    /** The message key of a form field: {@code attributions[2].role} → {@code incident.error.attributions.role}. */
    static String messageKey(String field, String kind) {
        return "incident.error." + field.replaceAll("\\[\\d+]", "") + (kind.isEmpty() ? "" : "." + kind);
    }

    private static Ask ask(@Nullable String preview, @Nullable String addAttribution, @Nullable String addSuspect) {
        return preview != null
                ? Ask.PREVIEW
                : addAttribution != null ? Ask.ADD_ATTRIBUTION : addSuspect != null ? Ask.ADD_SUSPECT : Ask.PERFORM;
    }

    private String form(
            Model model,
            Actor actor,
            Locale locale,
            IncidentForm form,
            @Nullable IncidentView incident,
            Map<String, String> errors,
            @Nullable WhatIf preview) {
        Vocabulary vocabulary = ruleSet.current(actor.site()).vocabulary();
        List<Choice> types = vocabulary.incidentTypes().values().stream()
                .map(term -> new Choice(term.code(), PageFormats.noun(term, locale)))
                .toList();
        model.addAttribute(
                "here", incident == null ? "/incidents/new" : "/incidents/" + incident.reference() + "/edit");
        model.addAttribute("form", form);
        model.addAttribute("incident", incident);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        model.addAttribute("types", types);
        model.addAttribute("zone", zone().getId());
        model.addAttribute("groups", groups.names(actor.site()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("confidences", Confidence.values());
        return "ui/incident-form";
    }

    private String page(Model model, IncidentView incident, String reason, Map<String, String> errors) {
        model.addAttribute("here", "/incidents/" + incident.reference());
        model.addAttribute("incident", incident);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "ui/incident";
    }

    // Built as posted, before the validator: a missing value is left for Bean Validation to name
    // beside its field, exactly as in a JSON body (the API's request types are checked the same way).
    @SuppressWarnings("NullAway")
    private static RetractionRequest asPosted(@Nullable String reason) {
        return new RetractionRequest(reason);
    }
}
