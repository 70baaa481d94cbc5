package se.samverkan.gvi.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.CustomNotification;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.group.GroupView.AuditView;
import se.samverkan.gvi.group.GroupView.MemberView;

/**
 * The groups as the engine needs them for one incident: the audit that applies on the incident
 * date with its members' current facts, and every call-in and custom notification of the group.
 * Which of those count (on notice, notified, exited) is for the rules to decide.
 */
@Component
public class GroupFacts {

    private final GroupRepository repository;
    private final GroupMapper mapper;

    GroupFacts(GroupRepository repository, GroupMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    /**
     * Locks the rows of these groups (stable order) for the caller's transaction and returns the
     * refs that exist: incidents of one group are evaluated one after the other.
     */
    public List<String> lockGroups(String site, Collection<String> groupRefs) {
        return repository.lockGroups(site, groupRefs);
    }

    /** The refs among {@code groupRefs} that are stored groups, without locking them. */
    public List<String> existingGroups(String site, Collection<String> groupRefs) {
        return repository.existingGroups(site, groupRefs);
    }

    /** The refs among {@code personRefs} that are no stored person. */
    public List<String> missingPersons(String site, Collection<String> personRefs) {
        return repository.missingPersons(site, personRefs);
    }

    /**
     * The group as it stood on the incident date: the latest audit mapped on or before it (the
     * first audit when none is that old), its members with their current facts, all its call-ins.
     */
    public GroupSnapshot snapshot(String site, String groupRef, LocalDate incidentDate, List<PriorEnforcement> prior) {
        GroupRepository.GroupRow group = repository.group(site, groupRef)
                .orElseThrow(() -> new IllegalStateException("group " + groupRef + " vanished"));
        AuditView audit = auditOn(repository.audits(site, groupRef), incidentDate);
        Map<String, Person> persons = repository.persons(site, audit.members().stream().map(MemberView::personRef).toList());
        List<MemberSnapshot> members = new ArrayList<>();
        for (MemberView m : audit.members()) {
            Person p = persons.get(m.personRef());
            members.add(new MemberSnapshot(m.personRef(), p.birthDate(), m.joinedOn(), m.exitedOn(), mapper.toFacts(p)));
        }
        List<CallInRecord> callIns = repository.callIns(site, groupRef).stream()
                .map(c -> new CallInRecord(c.id().toString(), c.heldOn(), c.promiseId(), c.attendees(),
                        c.customNotifications().stream()
                                .map(n -> new CustomNotification(n.personRef(), n.deliveredOn())).toList()))
                .toList();
        return new GroupSnapshot(groupRef, group.name(), audit.mappedOn(), members, callIns, prior);
    }

    static AuditView auditOn(List<AuditView> audits, LocalDate date) {
        return audits.stream()
                .filter(a -> !a.mappedOn().isAfter(date))
                .max(Comparator.comparing(AuditView::mappedOn).thenComparingInt(AuditView::version))
                .orElseGet(() -> audits.stream().min(Comparator.comparing(AuditView::mappedOn)
                        .thenComparingInt(AuditView::version)).orElseThrow());
    }

    /** Members on a date (SPEC §2): joined on or before it and not exited on or before it. */
    static List<MemberView> membersOn(List<AuditView> audits, LocalDate date) {
        if (audits.isEmpty()) {
            return List.of();
        }
        return auditOn(audits, date).members().stream()
                .filter(m -> !m.joinedOn().isAfter(date) && (m.exitedOn() == null || m.exitedOn().isAfter(date)))
                .toList();
    }
}
