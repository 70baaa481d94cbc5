package se.samverkan.gvi.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the decision log (docs/security.md). It holds no personal free text: the payload is kept
 * only as its SHA-256 over canonical JSON.
 *
 * @param hash SHA-256 over {@code prevHash} and every other field of the entry
 */
public record DecisionLogEntry(
        long seq,
        String site,
        Instant at,
        String actor,
        String action,
        String subject,
        @Nullable String ruleSetVersion,
        String payloadHash,
        String prevHash,
        String hash) {}
