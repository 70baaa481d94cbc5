package se.samverkan.gvi.audit;

import static se.samverkan.gvi.security.Roles.AUDITOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.Access;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/** The auditor's view of the decision log (docs/security.md): verify the chain, list entries. */
@RestController
@Tag(name = "Decision log", description = "The hash-chained decision log: read and verify (auditors).")
class AuditController {

    private final DecisionLog decisionLog;

    AuditController(DecisionLog decisionLog) {
        this.decisionLog = decisionLog;
    }

    /** Recomputes this site's whole chain: {@code {valid, entries, firstBrokenSeq}}. */
    @Operation(
            operationId = "verifyDecisionLog",
            summary = "Verify the decision log",
            description =
                    "Recomputes the site's whole hash chain: whether it is intact, how many entries it has and the "
                            + "first broken entry.")
    @Access(
            roles = {AUDITOR},
            log = "nothing")
    @ApiResponse(responseCode = "200", description = "The result of the check.")
    @GetMapping("/api/v1/audit/verify")
    ChainVerification verify(Actor actor) {
        return decisionLog.verify(actor.site());
    }

    /** Entries of this site, oldest first; {@code from} inclusive, {@code to} exclusive (ISO-8601 with offset). */
    @Operation(
            operationId = "listDecisionLog",
            summary = "List decision-log entries",
            description = "Entries of the signed-in user's site, oldest first, optionally of one subject (e.g. "
                    + "`recommendation:<id>`) and from (inclusive) to (exclusive) two instants.")
    @Access(
            roles = {AUDITOR},
            log = "`AUDIT_LOG_READ`")
    @ApiResponse(responseCode = "200", description = "A page of entries.")
    @GetMapping("/api/v1/audit")
    PageOf<DecisionLogEntry> list(
            @RequestParam(required = false) @Nullable @Size(max = 200) String subject,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime from,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime to,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            Actor actor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("to", "to must be after from");
        }
        return decisionLog.entries(
                actor,
                subject,
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(),
                Paging.of(page, size));
    }
}
