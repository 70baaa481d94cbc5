package se.samverkan.gvi.decision.plain;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.SyntheticCase;

/**
 * The baseline the engine is compared with: an ordinary classic-Drools rule base of 18 rules that
 * decides what the GVI rules decide for a mapped group, written the way one would first write it.
 * The outcome and its escalation; five sanction levers, each on the person's own ground; a lever
 * not in the promise; under 15, in custody, left the group, no ground at all; support, the promise
 * for a member who never had it, and social services; the deadlines; the human review. Explanations are concatenated strings, the results
 * are inserted facts read back after firing. It has none of the engine's rule metadata, fired-rule
 * records, clauses, decision tables, vocabulary or truth maintenance.
 */
public final class PlainRules {

    private static final String DRL = """
            package plain;

            import java.time.Duration;
            import se.samverkan.gvi.decision.plain.PlainFacts.Incident;
            import se.samverkan.gvi.decision.plain.PlainFacts.PromiseTerms;
            import se.samverkan.gvi.decision.plain.PlainFacts.Group;
            import se.samverkan.gvi.decision.plain.PlainFacts.Member;
            import se.samverkan.gvi.decision.plain.PlainFacts.Outcome;
            import se.samverkan.gvi.decision.plain.PlainFacts.Action;
            import se.samverkan.gvi.decision.plain.PlainFacts.Exclusion;
            import se.samverkan.gvi.decision.plain.PlainFacts.Review;

            rule "enforcement for a group that was called in"
            when
                $i : Incident()
                $g : Group(calledIn)
                $p : PromiseTerms(id == $g.promiseId, triggers contains $i.type)
                not Outcome()
            then
                insert(new Outcome("GROUP_ENFORCEMENT", "STANDARD"));
            end

            rule "the promise is delivered to a group that was not called in"
            when
                Incident()
                Group(!calledIn)
                not Outcome()
            then
                insert(new Outcome("DELIVER_PROMISE", "STANDARD"));
            end

            rule "escalated within the escalation window"
            when
                $o : Outcome(kind == "GROUP_ENFORCEMENT", priority == "STANDARD")
                $g : Group()
                PromiseTerms(escalationWindowDays >= $g.daysSinceEnforcement)
            then
                modify($o) { setPriority("ESCALATED") }
            end

            rule "supervision review"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms(levers contains "SUPERVISION_REVIEW")
                $m : Member(!exited, age >= 15, facts not contains "inCustody", facts contains "underSupervision")
            then
                insert(new Action($m.getRef(), "SUPERVISION_REVIEW", true, $m.getRef()
                        + " står under övervakning, vilket ger egen rättslig grund för prövning av övervakningsvillkor,"
                        + " och åtgärden ingår i löftet " + $p.getId() + " som gruppen fick."));
            end

            rule "sentence execution"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms(levers contains "SENTENCE_EXECUTION")
                $m : Member(!exited, age >= 15, facts not contains "inCustody", facts contains "unservedSentence")
            then
                insert(new Action($m.getRef(), "SENTENCE_EXECUTION", true, $m.getRef()
                        + " har ett straff som inte har verkställts, vilket ger egen rättslig grund för verkställighet,"
                        + " och åtgärden ingår i löftet " + $p.getId() + " som gruppen fick."));
            end

            rule "warrant execution"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms(levers contains "WARRANT_EXECUTION")
                $m : Member(!exited, age >= 15, facts not contains "inCustody", facts contains "outstandingWarrant")
            then
                insert(new Action($m.getRef(), "WARRANT_EXECUTION", true, $m.getRef()
                        + " är efterlyst, vilket ger egen rättslig grund för verkställande av efterlysning,"
                        + " och åtgärden ingår i löftet " + $p.getId() + " som gruppen fick."));
            end

            rule "vehicle checks"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms(levers contains "VEHICLE_CHECKS")
                $m : Member(!exited, age >= 15, facts not contains "inCustody", facts contains "registeredVehicle")
            then
                insert(new Action($m.getRef(), "VEHICLE_CHECKS", true, $m.getRef()
                        + " har ett registrerat fordon, vilket ger egen rättslig grund för fordonskontroller,"
                        + " och åtgärden ingår i löftet " + $p.getId() + " som gruppen fick."));
            end

            rule "exclusion order"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms(levers contains "EXCLUSION_ORDER")
                $m : Member(!exited, age >= 18, facts not contains "inCustody", facts contains "priorViolentOffence")
            then
                insert(new Action($m.getRef(), "EXCLUSION_ORDER", true, $m.getRef()
                        + " har dömts för våldsbrott, vilket ger egen rättslig grund för vistelseförbud,"
                        + " och åtgärden ingår i löftet " + $p.getId() + " som gruppen fick."));
            end

            rule "a lever outside the promise is never proposed"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms(levers not contains "DEBT_ENFORCEMENT")
                $m : Member(!exited, age >= 15, facts not contains "inCustody", facts contains "enforcementDebt")
            then
                insert(new Exclusion($m.getRef(), "DEBT_ENFORCEMENT", "NOT_PROMISED", $m.getRef()
                        + " har skulder registrerade hos Kronofogden, men indrivning av skulder ingår inte i löftet "
                        + $p.getId() + " som gruppen fick, så åtgärden föreslås inte."));
            end

            rule "under the age of criminal responsibility"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $m : Member(!exited, age < 15)
            then
                insert(new Exclusion($m.getRef(), null, "UNDER_15", $m.getRef() + " är " + $m.getAge()
                        + " år och under straffbarhetsåldern: ingen sanktion föreslås, men stöd erbjuds."));
            end

            rule "in custody"
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $m : Member(!exited, age >= 15, facts contains "inCustody")
            then
                insert(new Exclusion($m.getRef(), null, "IN_CUSTODY", $m.getRef()
                        + " är frihetsberövad: ingen sanktion föreslås medan frihetsberövandet varar."));
            end

            rule "left the group"
            when
                Outcome()
                $m : Member(exited)
            then
                insert(new Exclusion($m.getRef(), null, "EXITED", $m.getRef()
                        + " hade lämnat gruppen före händelsedagen och omfattas inte."));
            end

            rule "no own legal ground for any promised lever"
                salience -5
            when
                Outcome(kind == "GROUP_ENFORCEMENT")
                $p : PromiseTerms()
                $m : Member(!exited, age >= 15, facts not contains "inCustody")
                not Action(person == $m.ref, sanction)
            then
                insert(new Exclusion($m.getRef(), null, "NO_LEGAL_GROUND", $m.getRef()
                        + " har ingen egen rättslig grund för någon av sanktionerna i löftet " + $p.getId()
                        + ": ingen sanktion föreslås, men stöd erbjuds."));
            end

            rule "support is offered to every member"
            when
                Outcome()
                $m : Member(!exited)
            then
                insert(new Action($m.getRef(), "SUPPORT_OFFER", false, $m.getRef()
                        + " erbjuds stöd av kommunen att lämna gruppen."));
            end

            rule "a member who never had the promise gets it individually"
            when
                Outcome()
                $p : PromiseTerms()
                $m : Member(!exited, !notified)
            then
                insert(new Action($m.getRef(), "CUSTOM_NOTIFICATION", false, $m.getRef()
                        + " har varken varit på call-in eller fått hembesök före händelsen: löftet " + $p.getId()
                        + " och erbjudandet om stöd lämnas individuellt."));
            end

            rule "social services for a member under 18"
            when
                Outcome()
                $m : Member(!exited, age < 18)
            then
                insert(new Action($m.getRef(), "SOCIAL_SERVICES_NOTIFICATION", false, $m.getRef() + " är " + $m.getAge()
                        + " år: socialtjänsten underrättas."));
            end

            rule "the deadline of each sanction"
                salience -10
            when
                $o : Outcome(kind == "GROUP_ENFORCEMENT")
                $i : Incident()
                $p : PromiseTerms()
                $a : Action(sanction, dueBy == null)
            then
                modify($a) { setDueBy($i.getReportedAt().plus(Duration.ofDays(
                        "ESCALATED".equals($o.getPriority()) ? $p.getEscalatedDays() : $p.getStandardDays()))) }
            end

            rule "a human decides"
            when
                Outcome()
                not Review()
            then
                insert(new Review("PENDING_REVIEW"));
            end
            """;

    /** What one evaluation gives back. */
    public record Result(
            List<PlainFacts.Outcome> outcomes,
            List<PlainFacts.Action> actions,
            List<PlainFacts.Exclusion> exclusions,
            List<PlainFacts.Review> reviews) {}

    private final KieBase kieBase;
    private final RuleSet ruleSet;

    /** Compiles the rule base; {@code ruleSet} gives the promises the synthetic group is called in with. */
    public PlainRules(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        KieServices kie = KieServices.Factory.get();
        ReleaseId release = kie.newReleaseId("se.samverkan.gvi", "plain-baseline", "1.0.0");
        KieFileSystem files = kie.newKieFileSystem()
                .generateAndWritePomXML(release)
                .write("src/main/resources/plain/gvi.drl", DRL);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        this.kieBase = kie.newKieContainer(release).getKieBase();
    }

    /** One evaluation: the facts made from the case, inserted, fired, and the results read back. */
    public Result evaluate(SyntheticCase synthetic, ZoneId zone) {
        LocalDate day = synthetic.incident().occurredAt().atZoneSameInstant(zone).toLocalDate();
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(new PlainFacts.Incident(
                    synthetic.incident().reference(),
                    synthetic.incident().type().code(),
                    day,
                    synthetic.incident().reportedAt()));
            for (GroupSnapshot group : synthetic.groups()) {
                CallInRecord callIn = group.callIns().stream()
                        .filter(c -> !c.heldOn().isAfter(day))
                        .max(Comparator.comparing(CallInRecord::heldOn))
                        .orElse(null);
                int sinceEnforcement = group.priorEnforcements().stream()
                        .map(PriorEnforcement::incidentDate)
                        .filter(d -> d.isBefore(day))
                        .mapToInt(d -> (int) ChronoUnit.DAYS.between(d, day))
                        .min()
                        .orElse(Integer.MAX_VALUE);
                session.insert(new PlainFacts.Group(
                        group.groupRef(), callIn == null ? "" : callIn.promiseId(), callIn != null, sinceEnforcement));
                if (callIn != null) {
                    se.samverkan.gvi.decision.Promise promise =
                            ruleSet.promises().get(callIn.promiseId());
                    Set<String> triggers = new HashSet<>();
                    for (IncidentType type : promise.triggers()) {
                        triggers.add(type.code());
                    }
                    session.insert(new PlainFacts.PromiseTerms(
                            promise.id(),
                            triggers,
                            Set.copyOf(promise.levers()),
                            promise.deadlineDays(Priority.STANDARD),
                            promise.deadlineDays(Priority.ESCALATED),
                            promise.escalationWindowDays()));
                }
                Set<String> notified = new HashSet<>();
                for (CallInRecord c : group.callIns()) {
                    if (c.heldOn().isBefore(day)) {
                        notified.addAll(c.attendees());
                    }
                    c.customNotifications().stream()
                            .filter(n -> n.deliveredOn().isBefore(day))
                            .forEach(n -> notified.add(n.personRef()));
                }
                for (MemberSnapshot member : group.members()) {
                    session.insert(new PlainFacts.Member(
                            member.personRef(),
                            Period.between(member.birthDate(), day).getYears(),
                            member.exitedOn() != null && !member.exitedOn().isAfter(day),
                            notified.contains(member.personRef()),
                            member.facts().trueFacts()));
                }
            }
            session.fireAllRules();
            List<PlainFacts.Outcome> outcomes = new ArrayList<>();
            List<PlainFacts.Action> actions = new ArrayList<>();
            List<PlainFacts.Exclusion> exclusions = new ArrayList<>();
            List<PlainFacts.Review> reviews = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof PlainFacts.Outcome o) {
                    outcomes.add(o);
                } else if (fact instanceof PlainFacts.Action a) {
                    actions.add(a);
                } else if (fact instanceof PlainFacts.Exclusion e) {
                    exclusions.add(e);
                } else if (fact instanceof PlainFacts.Review r) {
                    reviews.add(r);
                }
            }
            return new Result(outcomes, actions, exclusions, reviews);
        } finally {
            session.dispose();
        }
    }
}
