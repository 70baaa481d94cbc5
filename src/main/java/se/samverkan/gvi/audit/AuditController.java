package se.samverkan.gvi.audit;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/** The auditor's view of the decision log (docs/security.md): verify the chain, list entries. */
@RestController
class AuditController {

    private final DecisionLog decisionLog;

    AuditController(DecisionLog decisionLog) {
        this.decisionLog = decisionLog;
    }

    /** Recomputes this site's whole chain: {@code {valid, entries, firstBrokenSeq}}. */
    @GetMapping("/api/v1/audit/verify")
    ChainVerification verify(Actor actor) {
        return decisionLog.verify(actor.site());
    }

    /** Entries of this site, oldest first; {@code from} inclusive, {@code to} exclusive (ISO-8601 with offset). */
    @GetMapping("/api/v1/audit")
    PageOf<DecisionLogEntry> list(
            @RequestParam(required = false) @Nullable @Size(max = 200) String subject,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime from,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime to,
            Paging paging,
            Actor actor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("to", "to must be after from");
        }
        return decisionLog.entries(
                actor, subject, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), paging);
    }
}
