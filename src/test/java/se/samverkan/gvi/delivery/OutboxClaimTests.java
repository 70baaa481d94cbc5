package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.persistence.SqlTime;
import se.samverkan.gvi.security.SiteScope;
import se.samverkan.gvi.security.SiteTransactionManager;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.StatementCount;
import se.samverkan.gvi.support.TestPostgres;

/**
 * The relay's claim on PostgreSQL, as the relay runs it (the application role, row-level security,
 * the system scope), over an outbox whose sent rows have not been vacuumed and whose statistics are
 * from when it was empty: it reads the index of unsent rows by an index scan, the only plan that
 * marks the entries of sent rows dead as it passes them. The planner chose a bitmap scan here
 * before, which visited every one of them on every claim (docs/performance.md).
 */
@ExtendWith(PostgresAvailable.class)
class OutboxClaimTests {

    private static final String SCHEMA =
            "outbox_claim_" + ProcessHandle.current().pid();
    private static final int SENT = 20_000;

    private static JdbcClient admin;
    private static Outbox outbox;
    private static JdbcClient jdbc;
    private static TransactionTemplate transactions;
    private static final StatementCount statements = new StatementCount();

    @BeforeAll
    static void anOutboxOfSentRowsNotYetVacuumed() {
        DriverManagerDataSource owner = new DriverManagerDataSource(TestPostgres.url(), TestPostgres.USER, "");
        admin = JdbcClient.create(owner);
        TestPostgres.ensureApplicationRole(admin);
        admin.sql("drop schema if exists " + SCHEMA + " cascade").update();
        admin.sql("create schema " + SCHEMA).update();
        Flyway.configure()
                .dataSource(owner)
                .schemas(SCHEMA)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        DriverManagerDataSource service =
                new DriverManagerDataSource(TestPostgres.url() + "?currentSchema=" + SCHEMA, TestPostgres.USER, "");
        DataSource counted = ProxyDataSourceBuilder.create("outbox", service)
                .listener(statements)
                .build();
        NamedParameterJdbcTemplate template = new NamedParameterJdbcTemplate(counted);
        outbox = new Outbox(template);
        jdbc = JdbcClient.create(template);
        transactions = new TransactionTemplate(new SiteTransactionManager(counted, "gvi_app"));
        // statistics from when the outbox was empty, as after a night with no decisions
        admin.sql("analyze " + SCHEMA + ".delivery_outbox").update();
        // rows written unsent (so each has an entry in the index of unsent rows), then all sent
        admin.sql("""
                insert into %s.delivery_outbox (id, site, recommendation_id, agency, payload, created_at,
                    attempts, next_attempt_at)
                select gen_random_uuid(), 'huddinge', gen_random_uuid(), 'polisen', '{}',
                    now() - interval '1 day' + n * interval '1 second', 0, now() - interval '1 day'
                from generate_series(1, :rows) n""".formatted(SCHEMA)).param("rows", SENT).update();
        admin.sql("update " + SCHEMA + ".delivery_outbox set sent_at = now(), attempts = 1")
                .update();
    }

    @AfterAll
    static void dropTheSchema() {
        admin.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }

    @Test
    void theClaimReadsTheIndexOfUnsentRowsByAnIndexScan() {
        List<String> plan = SiteScope.system(() -> transactions.execute(status -> {
            outbox.preferIndexScan();
            return jdbc.sql("explain " + Outbox.CLAIM)
                    .param("now", SqlTime.of(Instant.now()))
                    .param("limit", 100)
                    .query(String.class)
                    .list();
        }));

        assertThat(String.join("\n", plan))
                .as("the claim's plan")
                .contains("Index Scan using ix_delivery_outbox_due")
                .doesNotContain("Bitmap");
    }

    @Test
    void aClaimOverSentRowsFindsNothingToSend() {
        List<Outbox.Row> claimed =
                SiteScope.system(() -> transactions.execute(status -> outbox.claimDue(Instant.now(), 100)));

        assertThat(claimed).isEmpty();
    }

    @Test
    void theRowsOfARunAreMarkedSentInOneStatementHoweverMany() {
        assertThat(statementsToMarkSent(5)).isEqualTo(1);
        assertThat(statementsToMarkSent(50)).isEqualTo(1);
        Long pending = SiteScope.system(() -> transactions.execute(status -> outbox.pending()));
        assertThat(pending).as("rows not yet sent").isZero();
    }

    /** Writes {@code rows} due rows, claims them as a relay run does, and counts the statements that mark them sent. */
    private static int statementsToMarkSent(int rows) {
        List<Outbox.Row> due = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            due.add(new Outbox.Row(UUID.randomUUID(), "huddinge", UUID.randomUUID(), "polisen", "{}", 0));
        }
        SiteScope.system(() -> transactions.execute(status -> {
            outbox.add(due, Instant.now());
            return null;
        }));
        return SiteScope.system(() -> transactions.execute(status -> {
            List<Outbox.Row> claimed = outbox.claimDue(Instant.now(), 100);
            assertThat(claimed).hasSize(rows);
            return statements
                    .during(() -> {
                        outbox.markSent(claimed, Instant.now());
                        return null;
                    })
                    .count();
        }));
    }
}
