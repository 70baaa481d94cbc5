package se.samverkan.gvi.decision.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    private static final Comparator<ProposedAction> ACTION_ORDER = Comparator.comparing(ProposedAction::personRef)
            .thenComparing(ProposedAction::lever)
            .thenComparing(ProposedAction::ruleId);
    private static final Comparator<Exclusion> EXCLUSION_ORDER = Comparator.comparing(Exclusion::personRef)
            .thenComparing(e -> e.reason().code())
            .thenComparing(e -> e.lever() == null ? "" : e.lever())
            .thenComparing(Exclusion::ruleId);

    private final Collection<?> derived;
    private final ZoneId zone;

    /**
     * @param zone the zone in which deadline days are calendar days: a deadline of 7 days from 09.00
     *             ends at 09.00 local time, also across a change to or from summer time
     */
    public Verdicts(Collection<?> derived, ZoneId zone) {
        this.derived = derived;
        this.zone = zone;
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
        actions.sort(ACTION_ORDER);
        dueBy = earliest(dueBy, actions);
        List<Exclusion> exclusions = new ArrayList<>();
        for (Excluded e : of(Excluded.class, group)) {
            exclusions.add(
                    new Exclusion(e.personRef(), e.lever(), e.reason(), e.ruleId(), e.legalBasis(), e.explanation()));
        }
        exclusions.sort(EXCLUSION_ORDER);
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

    /** The ids of every rule that derived something for the group, in id order. */
    private List<String> firedRules(String group) {
        TreeSet<String> ids = new TreeSet<>();
        of(Derived.class, group).forEach(d -> ids.add(d.ruleId()));
        return List.copyOf(ids);
    }

    private <T extends Derived> List<T> of(Class<T> type, String group) {
        List<T> found = new ArrayList<>();
        for (Object fact : derived) {
            if (type.isInstance(fact) && type.cast(fact).groupRef().equals(group)) {
                found.add(type.cast(fact));
            }
        }
        return found;
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
