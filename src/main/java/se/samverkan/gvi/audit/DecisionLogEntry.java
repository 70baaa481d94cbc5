package se.samverkan.gvi.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the decision log (docs/security.md). It holds no personal free text: the payload is kept
 * only as its SHA-256 over canonical JSON.
 *
 * @param hash SHA-256 over {@code prevHash} and every other field of the entry ({@link #expectedHash})
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
        String hash) {

    /** The hash the entry's fields give after its {@code prevHash}: its {@code hash} unless the entry was changed. */
    String expectedHash() {
        return DecisionLog.sha256(String.join(
                "\n",
                prevHash,
                Long.toString(seq),
                site,
                at.toString(),
                actor,
                action,
                subject,
                ruleSetVersion == null ? "" : ruleSetVersion,
                payloadHash));
    }

    /** The entry with its {@code hash} set to the expected one: an appended entry, sealed into the chain. */
    DecisionLogEntry sealed() {
        return new DecisionLogEntry(
                seq, site, at, actor, action, subject, ruleSetVersion, payloadHash, prevHash, expectedHash());
    }
}
