package se.samverkan.gvi.decision.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.EvaluationException;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.facts.CaseOutcome;
import se.samverkan.gvi.decision.facts.Deadline;
import se.samverkan.gvi.decision.facts.Derived;
import se.samverkan.gvi.decision.facts.Escalation;
import se.samverkan.gvi.decision.facts.Excluded;
import se.samverkan.gvi.decision.facts.LeverDeadline;
import se.samverkan.gvi.decision.facts.PromiseApplied;
import se.samverkan.gvi.decision.facts.Proposal;
import se.samverkan.gvi.decision.facts.ReviewStatus;

/**
 * Reads the facts the rules derived for one incident and assembles one recommendation per group.
 * It adds no policy: a group without exactly one outcome, deadline or review status is an error in
 * the rule set and is reported as such, never papered over.
 */
public final class Verdicts {

    /** Within one person: by lever, then rule. */
    private static final Comparator<ProposedAction> ACTION_ORDER = (a, b) -> {
        int order = a.lever().compareTo(b.lever());
        return order != 0 ? order : a.ruleId().compareTo(b.ruleId());
    };

    /** Within one person: by reason, lever (none first) and rule. */
    private static final Comparator<Exclusion> EXCLUSION_ORDER = (a, b) -> {
        int order = a.reason().code().compareTo(b.reason().code());
        if (order == 0) {
            order = leverOf(a).compareTo(leverOf(b));
        }
        return order != 0 ? order : a.ruleId().compareTo(b.ruleId());
    };

    /** The facts each group's rules derived, by kind, each kind in the order the engine gave them. */
    private final Map<String, Map<Class<?>, List<Derived>>> derived = new HashMap<>();

    private final ZoneId zone;

    /**
     * @param zone the zone in which deadline days are calendar days: a deadline of 7 days from 09.00
     *             ends at 09.00 local time, also across a change to or from summer time
     */
    public Verdicts(Collection<?> derived, ZoneId zone) {
        for (Object fact : derived) {
            if (fact instanceof Derived d) {
                this.derived
                        .computeIfAbsent(d.groupRef(), g -> new HashMap<>())
                        .computeIfAbsent(d.getClass(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        this.zone = zone;
    }

    private static String leverOf(Exclusion e) {
        String lever = e.lever();
        return lever == null ? "" : lever;
    }

    public Recommendation recommendation(IncidentFacts incident, Attribution attribution, String ruleSetVersion) {
        String group = attribution.groupRef();
        CaseOutcome outcome = single(CaseOutcome.class, group, "utfall");
        Priority priority = of(Escalation.class, group).isEmpty() ? Priority.STANDARD : Priority.ESCALATED;
        List<Deadline> deadlines = of(Deadline.class, group);
        Instant dueBy = null;
        if (!deadlines.isEmpty()) {
            Deadline deadline = single(Deadline.class, group, "frist");
            if (deadline.priority() != priority) {
                throw new EvaluationException("regeluppsättningen gav fristen för " + deadline.priority()
                        + " men prioriteten " + priority + " för gruppen " + group);
            }
            dueBy = incident.reportedAt().atZone(zone).plusDays(deadline.days()).toInstant();
        }
        ReviewStatus status = single(ReviewStatus.class, group, "granskningsstatus");
        List<PromiseApplied> applied = of(PromiseApplied.class, group);
        String promiseId = applied.isEmpty()
                ? null
                : single(PromiseApplied.class, group, "tillämpat löfte").promiseId();

        Map<String, LeverDeadline> shorter = new HashMap<>();
        for (LeverDeadline d : of(LeverDeadline.class, group)) {
            shorter.merge(d.lever(), d, (a, b) -> a.days() <= b.days() ? a : b);
        }
        List<ProposedAction> actions = new ArrayList<>();
        for (Proposal p : of(Proposal.class, group)) {
            @Nullable
            LeverDeadline lever = dueBy == null ? null : shorter.get(p.lever().code());
            Instant actionDue = lever == null
                    ? dueBy
                    : incident.reportedAt().atZone(zone).plusDays(lever.days()).toInstant();
            String explanation = lever == null ? p.explanation() : withShorterDeadline(p.explanation(), lever);
            actions.add(new ProposedAction(
                    p.personRef(),
                    p.lever().code(),
                    p.lever().agency(),
                    p.lever().sanction(),
                    p.lever().legalBasis(),
                    p.promiseClause(),
                    actionDue,
                    p.ruleId(),
                    explanation));
        }
        actions = byPerson(actions, ProposedAction::personRef, ACTION_ORDER);
        dueBy = earliest(dueBy, actions);
        List<Exclusion> exclusions = new ArrayList<>();
        for (Excluded e : of(Excluded.class, group)) {
            exclusions.add(
                    new Exclusion(e.personRef(), e.lever(), e.reason(), e.ruleId(), e.legalBasis(), e.explanation()));
        }
        exclusions = byPerson(exclusions, Exclusion::personRef, EXCLUSION_ORDER);
        return new Recommendation(
                incident.reference(),
                group,
                outcome.outcome(),
                priority,
                outcome.summary(),
                promiseId,
                ruleSetVersion,
                incident.reportedAt(),
                dueBy,
                status.status(),
                actions,
                exclusions,
                firedRules(group));
    }

    /** The explanation, still one sentence, saying why the action is due sooner than the promise says. */
    private static String withShorterDeadline(String explanation, LeverDeadline lever) {
        String sentence = explanation.strip();
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        return sentence + ", med fristen " + lever.days() + " dagar i stället för löftets " + lever.promiseDays()
                + " enligt fristtabellen (" + lever.legalBasis() + ").";
    }

    /**
     * The recommendation is due when its first action is due: the promise's deadline, or earlier when
     * a row of the deadline table shortened an action's deadline (GVI-13).
     */
    private static @Nullable Instant earliest(@Nullable Instant promised, List<ProposedAction> actions) {
        Instant first = promised;
        for (ProposedAction a : actions) {
            if (a.dueBy() != null && (first == null || a.dueBy().isBefore(first))) {
                first = a.dueBy();
            }
        }
        return first;
    }

    /**
     * The items in person order, and in {@code within} order for each person. Persons are compared
     * once each, not once for every pair of items: a group of fifty has some two hundred items.
     */
    private static <T> List<T> byPerson(List<T> items, Function<T, String> person, Comparator<T> within) {
        Map<String, List<T>> byPerson = new HashMap<>();
        for (T item : items) {
            byPerson.computeIfAbsent(person.apply(item), p -> new ArrayList<>(4))
                    .add(item);
        }
        List<Map.Entry<String, List<T>>> persons = new ArrayList<>(byPerson.entrySet());
        persons.sort(Map.Entry.comparingByKey());
        List<T> sorted = new ArrayList<>(items.size());
        for (Map.Entry<String, List<T>> own : persons) {
            own.getValue().sort(within);
            sorted.addAll(own.getValue());
        }
        return sorted;
    }

    /** The ids of every rule that derived something for the group, in id order. */
    private List<String> firedRules(String group) {
        Set<String> ids = new HashSet<>();
        for (List<Derived> facts : derived.getOrDefault(group, Map.of()).values()) {
            for (Derived fact : facts) {
                ids.add(fact.ruleId());
            }
        }
        String[] sorted = ids.toArray(String[]::new);
        Arrays.sort(sorted);
        return List.of(sorted);
    }

    @SuppressWarnings("unchecked") // the lists are filled by the facts' own class
    private <T extends Derived> List<T> of(Class<T> type, String group) {
        return (List<T>) derived.getOrDefault(group, Map.of()).getOrDefault(type, List.of());
    }

    private <T extends Derived> T single(Class<T> type, String group, String what) {
        List<T> found = of(type, group);
        if (found.size() != 1) {
            throw new EvaluationException("regeluppsättningen gav " + found.size() + " " + what + " för gruppen "
                    + group + " (väntat: exakt en). Kontrollera reglerna.");
        }
        return found.get(0);
    }
}
