package se.samverkan.gvi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The chain hash is part of what the decision log promises an auditor: entries written by any
 * earlier version of the service must still verify. These values were computed outside the
 * service (SHA-256 over the fields joined by newlines, as docs/security.md describes), so a change
 * of the format, however it is refactored, fails here before it can break a stored chain.
 */
class ChainFormatTests {

    private static final String PAYLOAD_HASH = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    private static DecisionLogEntry entry(String ruleSetVersion) {
        return new DecisionLogEntry(
                42,
                "huddinge",
                Instant.parse("2026-02-01T20:40:00.123Z"),
                "coordinator",
                "RECOMMENDATION_READ",
                "recommendation:R-1",
                ruleSetVersion,
                PAYLOAD_HASH,
                "a".repeat(64),
                "");
    }

    @Test
    void thePayloadIsHashedAsItsCanonicalJson() {
        assertThat(DecisionLog.sha256("{}")).isEqualTo(PAYLOAD_HASH);
    }

    @Test
    void anEntryWithoutARuleSetVersionHashesAnEmptyLineForIt() {
        assertThat(entry(null).sealed().hash())
                .isEqualTo("8780a84fc9cb32ff260a2b9d521592e89968877dbe3d57b207ffcdad90fd4b2c");
    }

    @Test
    void anEntryWithARuleSetVersionHashesIt() {
        DecisionLogEntry sealed = entry("3f2a").sealed();
        assertThat(sealed.hash()).isEqualTo("95904cccdb39ff7a5198ba4d00d9dab65340627174438252130b93c2b1dbf024");
        assertThat(sealed.expectedHash()).isEqualTo(sealed.hash());
    }
}
