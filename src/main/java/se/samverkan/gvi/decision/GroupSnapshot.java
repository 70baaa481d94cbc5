package se.samverkan.gvi.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A group as it stood for one incident: the audit that applies on the incident date, its call-ins
 * and custom notifications, and its earlier standing enforcements.
 *
 * @param auditMappedOn the {@code mappedOn} of the audit the members come from
 */
public record GroupSnapshot(
        String groupRef,
        String name,
        LocalDate auditMappedOn,
        List<MemberSnapshot> members,
        List<CallInRecord> callIns,
        List<PriorEnforcement> priorEnforcements) {

    public GroupSnapshot {
        Objects.requireNonNull(groupRef, "groupRef");
        Objects.requireNonNull(auditMappedOn, "auditMappedOn");
        members = List.copyOf(members);
        callIns = List.copyOf(callIns);
        priorEnforcements = List.copyOf(priorEnforcements);
    }
}
