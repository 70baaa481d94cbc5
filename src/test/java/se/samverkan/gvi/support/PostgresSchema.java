package se.samverkan.gvi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a test class its own, freshly created PostgreSQL schema, which Flyway then migrates, so
 * test classes never see each other's rows.
 */
public final class PostgresSchema {

    private PostgresSchema() {}

    public static void register(DynamicPropertyRegistry registry, String name) {
        properties(name).forEach((key, value) -> registry.add(key, () -> value));
    }

    private static void drop(String schema) {
        try (Connection c = DriverManager.getConnection(TestPostgres.url(), TestPostgres.USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            // the database may already be gone at shutdown; a leftover schema harms no later run
        }
    }

    /** A fresh schema, and the settings that point the service at it, for contexts started by hand. */
    public static Map<String, String> properties(String name) {
        // One schema per test class and JVM: test runs that share the database never touch each
        // other's rows or migrations; the schema is dropped when the JVM ends.
        String schema =
                "svc_" + name.toLowerCase() + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(TestPostgres.url(), TestPostgres.USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", TestPostgres.url() + "?currentSchema=" + schema);
        properties.put("spring.datasource.username", TestPostgres.USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("spring.datasource.hikari.maximum-pool-size", "8");
        // Every test class keeps its own cached context and pool; idle pools must not hold on to
        // connections, or a full build (and builds running beside it) runs out of them.
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        properties.put("gvi.demo.enabled", "false");
        properties.put("gvi.rules.warm-up-evaluations", "3");
        return properties;
    }
}
