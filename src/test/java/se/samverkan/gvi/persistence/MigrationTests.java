package se.samverkan.gvi.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.TestPostgres;

/**
 * Migrations that move stored data, run from the version before them on both databases with rows
 * in the old shape: V49/V50 turn each incident version's comma-separated unattributed suspects
 * into rows of {@code incident_unattributed_suspect}, in order, and drop the old column. On
 * PostgreSQL the migrating owner is no superuser, so row-level security binds it as it binds the
 * owner in production.
 */
@ExtendWith(PostgresAvailable.class)
class MigrationTests {

    /** The version before the rows move: V49 has created their table, V50 moves them. */
    private static final String BEFORE = "49";

    @Test
    void theUnattributedSuspectsMoveToRowsInTheirOrderOnH2() {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:migration-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
        try {
            migrate(h2, "h2", BEFORE);
            JdbcClient jdbc = JdbcClient.create(h2);
            storeVersionsInTheOldShape(jdbc);
            migrate(h2, "h2", null);
            assertMoved(jdbc);
        } finally {
            h2.destroy();
        }
    }

    @Test
    void theUnattributedSuspectsMoveToRowsInTheirOrderOnPostgresqlForAnOwnerBoundByRowLevelSecurity() {
        String suffix = Long.toString(ProcessHandle.current().pid());
        String owner = "gvi_migration_owner_" + suffix;
        String schema = "migration_" + suffix;
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(TestPostgres.url(), TestPostgres.USER, ""));
        dropOwner(admin, owner, schema);
        TestPostgres.ensureApplicationRole(admin);
        admin.sql("create role " + owner + " login nosuperuser nobypassrls").update();
        admin.sql("create schema " + schema + " authorization " + owner).update();
        try {
            DataSource asOwner =
                    new DriverManagerDataSource(TestPostgres.url() + "?currentSchema=" + schema, owner, "");
            migrate(asOwner, "postgresql", BEFORE);
            JdbcClient jdbc = JdbcClient.create(asOwner);
            // the owner writes old rows the way the service would: in a transaction of the system scope
            new TransactionTemplate(new DataSourceTransactionManager(asOwner)).executeWithoutResult(status -> {
                jdbc.sql("select set_config('gvi.scope', 'system', true)")
                        .query()
                        .singleValue();
                storeVersionsInTheOldShape(jdbc);
            });
            migrate(asOwner, "postgresql", null);
            // read as the superuser, whom row-level security does not bind
            JdbcClient superuser = JdbcClient.create(new DriverManagerDataSource(
                    TestPostgres.url() + "?currentSchema=" + schema, TestPostgres.USER, ""));
            assertMoved(superuser);
        } finally {
            dropOwner(admin, owner, schema);
        }
    }

    private static void migrate(DataSource dataSource, String vendor, String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** Four versions of two incidents in two sites, with none, one and several unattributed suspects. */
    private static void storeVersionsInTheOldShape(JdbcClient jdbc) {
        jdbc.sql("""
                        insert into incident (site, reference, status, current_version, created_at) values
                        ('huddinge', 'K-MIG-1', 'ACTIVE', 2, timestamp with time zone '2026-02-01 21:00:00+01'),
                        ('malmo', 'K-MIG-1', 'ACTIVE', 1, timestamp with time zone '2026-02-01 21:00:00+01')""").update();
        String version = """
                insert into incident_version (site, reference, version, incident_type, occurred_at, occurred_offset,
                    incident_date, area, summary, reported_at, reported_by, unattributed_suspects)
                values (:site, 'K-MIG-1', :version, 'SHOOTING', timestamp with time zone '2026-02-01 20:40:00+01',
                    3600, date '2026-02-01', null, null, timestamp with time zone '2026-02-01 21:00:00+01', 'liaison',
                    :unattributed)""";
        jdbc.sql(version)
                .param("site", "huddinge")
                .param("version", 1)
                .param("unattributed", "P-0102,P-0101,P.3_x")
                .update();
        jdbc.sql(version)
                .param("site", "huddinge")
                .param("version", 2)
                .param("unattributed", "")
                .update();
        jdbc.sql(version)
                .param("site", "malmo")
                .param("version", 1)
                .param("unattributed", "P-0101")
                .update();
    }

    private static void assertMoved(JdbcClient jdbc) {
        List<String> rows = jdbc.sql("""
                        select site, version, ord, person_ref from incident_unattributed_suspect
                         order by site, version, ord""")
                .query((rs, n) -> rs.getString("site") + " " + rs.getInt("version") + " " + rs.getInt("ord") + " "
                        + rs.getString("person_ref"))
                .list();
        assertThat(rows)
                .containsExactly(
                        "huddinge 1 0 P-0102", "huddinge 1 1 P-0101", "huddinge 1 2 P.3_x", "malmo 1 0 P-0101");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                         where table_schema = current_schema and table_name = 'incident_version'
                           and column_name = 'unattributed_suspects'""").query(Long.class).single()).isZero();
    }

    private static void dropOwner(JdbcClient admin, String owner, String schema) {
        admin.sql("drop schema if exists " + schema + " cascade").update();
        boolean exists = admin.sql("select count(*) from pg_roles where rolname = :owner")
                        .param("owner", owner)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            admin.sql("drop owned by " + owner).update();
            admin.sql("drop role " + owner).update();
        }
    }
}
