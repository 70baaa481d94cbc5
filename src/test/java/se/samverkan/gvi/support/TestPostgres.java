package se.samverkan.gvi.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL the data-layer tests run against, found once per test JVM. In order:
 * <ol>
 * <li>{@code GVI_TEST_POSTGRES=embedded}: an embedded PostgreSQL, whatever else answers;</li>
 * <li>{@code GVI_TEST_POSTGRES_URL}: that server, which must answer;</li>
 * <li>127.0.0.1:5432 (database {@code test}, user {@code postgres}, trust auth) when it answers;</li>
 * <li>otherwise an embedded PostgreSQL (zonky's binaries from Maven Central), started once and
 * stopped when the JVM ends.</li>
 * </ol>
 * With {@code GVI_REQUIRE_POSTGRES=true} (CI) only a real server counts: 2 or 3 must answer. The
 * tests never skip: where no database can be had, every one of them fails with the reason and the
 * fix.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static String url;
    private static IllegalStateException failure;

    private TestPostgres() {}

    /** The JDBC address of the test database (without parameters); starts the embedded one if needed. */
    public static synchronized String url() {
        if (failure == null && url == null) {
            try {
                url = find(System.getenv());
            } catch (IllegalStateException e) {
                failure = e;
                throw e;
            }
        }
        if (failure != null) {
            // Every class asking after the first failure gets the same reason, without a second attempt.
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return url;
    }

    /**
     * Creates the cluster-wide role {@code gvi_app}, which the migrations grant to, when no test made
     * it yet (as a database administrator would before the first migration).
     */
    public static void ensureApplicationRole(JdbcClient admin) {
        admin.sql("""
                        do $$ begin
                            if not exists (select 1 from pg_roles where rolname = 'gvi_app') then
                                create role gvi_app nologin nosuperuser nobypassrls;
                            end if;
                        exception when duplicate_object or unique_violation then null;
                        end $$""").update();
    }

    static String find(Map<String, String> env) {
        boolean required = "true".equalsIgnoreCase(env.get("GVI_REQUIRE_POSTGRES"));
        String configured = env.get("GVI_TEST_POSTGRES_URL");
        boolean chosen = configured != null && !configured.isBlank();
        String server = chosen ? configured : LOCAL_URL;
        if ("embedded".equalsIgnoreCase(env.get("GVI_TEST_POSTGRES")) && !required) {
            return embedded("GVI_TEST_POSTGRES=embedded");
        }
        SQLException unanswered = answers(server);
        if (unanswered == null) {
            return server;
        }
        if (required) {
            throw new IllegalStateException("GVI_REQUIRE_POSTGRES=true but PostgreSQL does not answer at " + server
                    + " (" + unanswered.getMessage() + "). Start it (database test, user postgres, trust auth), as"
                    + " .ci/run does, or unset GVI_REQUIRE_POSTGRES to let the tests start an embedded one.");
        }
        if (chosen) {
            throw new IllegalStateException("GVI_TEST_POSTGRES_URL=" + server + " does not answer ("
                    + unanswered.getMessage() + "). Start that server, or unset GVI_TEST_POSTGRES_URL to use"
                    + " 127.0.0.1:5432 or, where nothing answers there, an embedded PostgreSQL.");
        }
        return embedded("nothing answers at " + LOCAL_URL);
    }

    private static SQLException answers(String server) {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(server, properties)) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    private static String embedded(String why) {
        try {
            // Closed by zonky's own shutdown hook when the JVM ends; the data directory goes with it.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(true)
                    // test data need not survive a crash; every test class keeps its own pool open
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            String address = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            System.out.println("Test PostgreSQL: embedded at " + address + " (" + why + ")");
            return address;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "No PostgreSQL for the tests: " + why + ", and the embedded PostgreSQL"
                            + " did not start (" + e.getMessage()
                            + "). As root it runs its server as an unprivileged user"
                            + " through 'unshare -U' (util-linux), which needs user namespaces; where that is not allowed,"
                            + " start PostgreSQL on 127.0.0.1:5432 (database test, user postgres, trust auth) or run the"
                            + " build as a non-root user.",
                    e);
        }
    }
}
