package se.samverkan.gvi.decision.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samverkan.gvi.decision.AgeLimits;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.CustomNotification;
import se.samverkan.gvi.decision.EvaluationException;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.decision.facts.CallIn;
import se.samverkan.gvi.decision.facts.EarlierEnforcement;
import se.samverkan.gvi.decision.facts.GroupCase;
import se.samverkan.gvi.decision.facts.IncidentFact;
import se.samverkan.gvi.decision.facts.Member;
import se.samverkan.gvi.decision.facts.Notification;

/**
 * Turns an incident and its groups into the facts the rules reason over. It decides nothing: it
 * only computes what is arithmetic (the incident date in the zone, each member's age on it) and
 * refuses fact sets the rules cannot evaluate.
 */
public final class FactSet {

    private final List<Object> facts = new ArrayList<>();
    private final LocalDate incidentDate;
    private final List<String> unattributedSuspects;

    private FactSet(LocalDate incidentDate, List<String> unattributedSuspects) {
        this.incidentDate = incidentDate;
        this.unattributedSuspects = unattributedSuspects;
    }

    public static FactSet of(
            IncidentFacts incident,
            List<GroupSnapshot> groups,
            ZoneId zone,
            Map<String, Lever> levers,
            Map<String, Promise> promises,
            AgeLimits ages,
            Vocabulary vocabulary) {
        LocalDate date = incident.occurredAt().atZoneSameInstant(zone).toLocalDate();
        Map<String, GroupSnapshot> byRef = groups.stream()
                .collect(Collectors.toMap(GroupSnapshot::groupRef, Function.identity(), (a, b) -> {
                    throw new EvaluationException("gruppen " + a.groupRef() + " finns två gånger i underlaget");
                }));
        Set<String> attributed = new HashSet<>();
        for (Attribution a : incident.attributions()) {
            if (!attributed.add(a.groupRef())) {
                throw new EvaluationException("gruppen " + a.groupRef() + " är kopplad till händelsen mer än en gång");
            }
            if (!byRef.containsKey(a.groupRef())) {
                throw new EvaluationException("gruppen " + a.groupRef() + " saknar kartläggning på händelsedagen");
            }
        }
        Set<String> suspects = new LinkedHashSet<>(incident.suspects());
        Set<String> members = new HashSet<>();
        List<Object> groupFacts = new ArrayList<>();
        for (Attribution a : incident.attributions()) {
            GroupSnapshot group =
                    Objects.requireNonNull(byRef.get(a.groupRef()), () -> "no snapshot of group " + a.groupRef());
            groupFacts.add(new GroupCase(a.groupRef(), a.role(), a.confidence()));
            for (MemberSnapshot m : group.members()) {
                if (m.joinedOn().isAfter(date)) {
                    continue;
                }
                members.add(m.personRef());
                groupFacts.add(new Member(
                        a.groupRef(),
                        m.personRef(),
                        Period.between(m.birthDate(), date).getYears(),
                        m.joinedOn(),
                        m.exitedOn(),
                        m.facts().trueFacts(),
                        suspects.contains(m.personRef())));
            }
            for (CallInRecord c : group.callIns()) {
                groupFacts.add(new CallIn(a.groupRef(), c.id(), c.heldOn(), c.promiseId(), Set.copyOf(c.attendees())));
                for (CustomNotification n : c.customNotifications()) {
                    groupFacts.add(new Notification(a.groupRef(), n.personRef(), n.deliveredOn()));
                }
            }
            for (PriorEnforcement p : group.priorEnforcements()) {
                if (!p.incidentReference().equals(incident.reference())) {
                    groupFacts.add(new EarlierEnforcement(a.groupRef(), p.incidentReference(), p.incidentDate()));
                }
            }
        }
        List<String> unattributed =
                suspects.stream().filter(s -> !members.contains(s)).toList();
        FactSet set = new FactSet(date, unattributed);
        set.facts.add(new IncidentFact(
                incident.reference(),
                incident.type(),
                vocabulary.incidentTypeSv(incident.type().code()),
                date));
        set.facts.add(ages);
        set.facts.addAll(levers.values());
        set.facts.addAll(promises.values());
        set.facts.addAll(groupFacts);
        return set;
    }

    public List<Object> facts() {
        return facts;
    }

    public LocalDate incidentDate() {
        return incidentDate;
    }

    public List<String> unattributedSuspects() {
        return unattributedSuspects;
    }
}
