package se.samverkan.gvi.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.recommendation.SanctionRoundView;

/** A group with its audits, its members today, its call-ins and its sanction rounds. */
public record GroupView(
        String ref,
        String name,
        String area,
        List<String> rivals,
        List<AuditView> audits,
        List<MemberView> currentMembers,
        List<CallInView> callIns,
        List<SanctionRoundView> sanctionRounds) {

    public record AuditView(
            int version, LocalDate mappedOn, Instant recordedAt, String recordedBy, List<MemberView> members) {}

    public record MemberView(
            String personRef, LocalDate joinedOn, @Nullable LocalDate exitedOn) {}
}
