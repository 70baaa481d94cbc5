package se.samverkan.gvi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;

/**
 * The hash chain of the decision log on PostgreSQL (a JDBC slice: the log, its schema and
 * transactions only): appends never fork, and verify names the first tampered entry.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({DecisionLog.class, DecisionLogTests.Time.class})
@ExtendWith(PostgresAvailable.class)
class DecisionLogTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    private static final Actor AUDITED = new Actor("coordinator", "huddinge");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry, "decision_log");
    }

    @Autowired
    DecisionLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private DecisionLogEntry append(String subject) {
        return new TransactionTemplate(transactions)
                .execute(s -> log.append(
                        AUDITED, "TEST", subject, null, Map.of("subject", subject, "freeText", "namn och adress")));
    }

    @Test
    void entriesChainEachToThePreviousAndHoldOnlyTheHashOfTheirPayload() {
        DecisionLogEntry first = append("a");
        DecisionLogEntry second = append("b");
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.hash()).matches("[0-9a-f]{64}").isNotEqualTo(first.hash());
        String stored = jdbc.sql("select payload_hash from decision_log where seq = :seq")
                .param("seq", second.seq())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(DecisionLog.payloadHash(Map.of("subject", "b", "freeText", "namn och adress")));
        assertThat(log.verify("huddinge").valid()).isTrue();
    }

    @Test
    void theCanonicalPayloadHashDoesNotDependOnKeyOrder() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", List.of("x", "y"));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", List.of("x", "y"));
        ba.put("a", 1);
        assertThat(DecisionLog.payloadHash(ab))
                .isEqualTo(DecisionLog.payloadHash(ba))
                .isEqualTo(DecisionLog.payloadHash(new TreeMap<>(ab)))
                .isNotEqualTo(DecisionLog.payloadHash(Map.of("a", 2, "b", List.of("x", "y"))));
    }

    record Sample(String zeta, int alpha) {}

    @Test
    void canonicalJsonSortsTheFieldsOfRecordsToo() {
        assertThat(DecisionLog.canonicalJson(new Sample("z", 1))).isEqualTo("{\"alpha\":1,\"zeta\":\"z\"}");
    }

    @Test
    void verifyNamesTheFirstEntryWhoseFieldsWereChanged() {
        append("c");
        DecisionLogEntry target = append("d");
        append("e");
        assertThat(log.verify("huddinge").valid()).isTrue();
        // the append-only trigger refuses the change; only the table owner can switch it off
        jdbc.sql("alter table decision_log disable trigger decision_log_append_only")
                .update();
        jdbc.sql("update decision_log set actor = 'mallory' where seq = :seq")
                .param("seq", target.seq())
                .update();
        try {
            ChainVerification broken = log.verify("huddinge");
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(target.seq());
        } finally {
            jdbc.sql("update decision_log set actor = :actor where seq = :seq")
                    .param("actor", AUDITED.name())
                    .param("seq", target.seq())
                    .update();
            jdbc.sql("alter table decision_log enable trigger decision_log_append_only")
                    .update();
        }
        assertThat(log.verify("huddinge").valid()).isTrue();
    }

    @Test
    void anEntryIsOnlyEverWrittenInsideTheTransactionOfWhatItRecords() {
        assertThatThrownBy(() -> log.append(AUDITED, "TEST", "outside", null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void concurrentAppendsFormOneGapFreeChain() throws Exception {
        long before = log.verify("huddinge").entries();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        append("t" + thread + "-" + i);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ChainVerification verification = log.verify("huddinge");
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(before + 120);
        assertThat(jdbc.sql("select max(seq) from decision_log")
                        .query(Long.class)
                        .single())
                .isEqualTo(verification.entries());
    }
}
