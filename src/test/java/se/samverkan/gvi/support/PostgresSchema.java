package se.samverkan.gvi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a test class its own, freshly created PostgreSQL schema, which Flyway then migrates, so
 * test classes never see each other's rows.
 */
public final class PostgresSchema {

    private PostgresSchema() {
    }

    public static void register(DynamicPropertyRegistry registry, String name) {
        String schema = "svc_" + name.toLowerCase();
        try (Connection c = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER, "");
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema, e);
        }
        registry.add("spring.datasource.url", () -> PostgresAvailable.URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> PostgresAvailable.USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
        // Every test class keeps its own cached context and pool; idle pools must not hold on to
        // connections, or a full build (and builds running beside it) runs out of them.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
        registry.add("gvi.demo.enabled", () -> "false");
        registry.add("gvi.rules.warm-up-evaluations", () -> "3");
    }
}
