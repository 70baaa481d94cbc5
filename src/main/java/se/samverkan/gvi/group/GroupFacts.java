package se.samverkan.gvi.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.CustomNotification;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PersonFacts;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.group.GroupView.AuditView;
import se.samverkan.gvi.group.GroupView.MemberView;
import se.samverkan.gvi.persistence.RowLock;

/**
 * The groups as the engine needs them for one incident: the audit that applies on the incident
 * date with its members' current facts, and every call-in and custom notification of the group.
 * Which of those count (on notice, notified, exited) is for the rules to decide.
 */
@Component
public class GroupFacts {

    private final GroupRepository repository;

    GroupFacts(GroupRepository repository) {
        this.repository = repository;
    }

    /**
     * Locks the rows of these groups (stable order) for the caller's transaction and returns the
     * refs that exist: incidents of one group are evaluated one after the other.
     */
    public List<String> lockGroups(String site, Collection<String> groupRefs) {
        return repository.existingGroups(site, groupRefs, RowLock.FOR_UPDATE);
    }

    /** The refs among {@code groupRefs} that are stored groups, without locking them. */
    public List<String> existingGroups(String site, Collection<String> groupRefs) {
        return repository.existingGroups(site, groupRefs, RowLock.NONE);
    }

    /** Every group of the site, ref to name in ref order, for a choice of group on a page. */
    public Map<String, String> names(String site) {
        return repository.groupNames(site);
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
        GroupRepository.GroupRow group = group(site, groupRef);
        AuditView audit = repository
                .auditOn(site, groupRef, incidentDate)
                .orElseThrow(() -> new IllegalStateException("group " + groupRef + " has no audit"));
        Map<String, Person> persons = repository.persons(site, personRefs(List.of(audit)));
        return snapshot(groupRef, group, audit, persons, callIns(site, groupRef), prior);
    }

    /**
     * Snapshots of many incidents' groups, as {@link #snapshot} gives them, for replaying every
     * stored incident of the site (impact analysis): each group is read once, when first asked for.
     */
    public Snapshots snapshots(String site) {
        return new Snapshots(site);
    }

    /** The groups of one site as read so far; for one thread and one transaction. */
    public final class Snapshots {

        private record StoredGroup(
                GroupRepository.GroupRow row,
                List<AuditView> audits,
                Map<String, Person> persons,
                List<CallInRecord> callIns) {}

        private final String site;
        private final Map<String, StoredGroup> read = new HashMap<>();

        private Snapshots(String site) {
            this.site = site;
        }

        /** The group as {@link GroupFacts#snapshot} gives it for this incident date and these enforcements. */
        public GroupSnapshot snapshot(String groupRef, LocalDate incidentDate, List<PriorEnforcement> prior) {
            StoredGroup group = read.computeIfAbsent(groupRef, ref -> {
                GroupRepository.GroupRow row = group(site, ref);
                List<AuditView> audits = repository.audits(site, ref);
                return new StoredGroup(row, audits, repository.persons(site, personRefs(audits)), callIns(site, ref));
            });
            return GroupFacts.this.snapshot(
                    groupRef,
                    group.row(),
                    auditOn(group.audits(), incidentDate),
                    group.persons(),
                    group.callIns(),
                    prior);
        }
    }

    private GroupRepository.GroupRow group(String site, String groupRef) {
        return repository
                .group(site, groupRef, RowLock.NONE)
                .orElseThrow(() -> new IllegalStateException("group " + groupRef + " vanished"));
    }

    private static List<String> personRefs(List<AuditView> audits) {
        return audits.stream()
                .flatMap(a -> a.members().stream())
                .map(MemberView::personRef)
                .distinct()
                .toList();
    }

    private List<CallInRecord> callIns(String site, String groupRef) {
        return repository.callIns(site, groupRef).stream()
                .map(c -> new CallInRecord(
                        c.id().toString(),
                        c.heldOn(),
                        c.promiseId(),
                        c.attendees(),
                        c.customNotifications().stream()
                                .map(n -> new CustomNotification(n.personRef(), n.deliveredOn()))
                                .toList()))
                .toList();
    }

    private GroupSnapshot snapshot(
            String groupRef,
            GroupRepository.GroupRow group,
            AuditView audit,
            Map<String, Person> persons,
            List<CallInRecord> callIns,
            List<PriorEnforcement> prior) {
        List<MemberSnapshot> members = new ArrayList<>();
        for (MemberView m : audit.members()) {
            Person p = Objects.requireNonNull(persons.get(m.personRef()), () -> "no person " + m.personRef());
            members.add(new MemberSnapshot(
                    m.personRef(), p.birthDate(), m.joinedOn(), m.exitedOn(), PersonFacts.of(p.trueFacts())));
        }
        return new GroupSnapshot(groupRef, group.name(), audit.mappedOn(), members, callIns, prior);
    }

    /**
     * The audit that applies on a date: the latest mapped on or before it (the highest version of
     * that day), or, when every audit is later, the first. The one rule for it, for a report, a
     * what-if and the impact replay alike.
     */
    static AuditView auditOn(List<AuditView> audits, LocalDate date) {
        return audits.stream()
                .filter(a -> !a.mappedOn().isAfter(date))
                .max(Comparator.comparing(AuditView::mappedOn).thenComparingInt(AuditView::version))
                .orElseGet(() -> audits.stream()
                        .min(Comparator.comparing(AuditView::mappedOn).thenComparingInt(AuditView::version))
                        .orElseThrow());
    }

    /** Members on a date (docs/behaviour.md, "Terms"): joined on or before it and not exited on or before it. */
    static List<MemberView> membersOn(List<AuditView> audits, LocalDate date) {
        if (audits.isEmpty()) {
            return List.of();
        }
        return auditOn(audits, date).members().stream()
                .filter(m -> !m.joinedOn().isAfter(date)
                        && (m.exitedOn() == null || m.exitedOn().isAfter(date)))
                .toList();
    }
}
