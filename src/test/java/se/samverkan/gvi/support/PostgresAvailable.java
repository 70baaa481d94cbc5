package se.samverkan.gvi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the test PostgreSQL (127.0.0.1:5432, database {@code test}, user
 * {@code postgres}) answers. With {@code GVI_REQUIRE_POSTGRES=true} (CI) an unreachable database
 * fails the class instead of skipping it.
 */
public class PostgresAvailable implements ExecutionCondition {

    /** The test database; {@code GVI_TEST_POSTGRES_URL} points elsewhere (e.g. to check the skip). */
    public static final String URL = System.getenv().getOrDefault("GVI_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = "postgres";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("GVI_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("GVI_REQUIRE_POSTGRES=true but PostgreSQL does not answer at " + URL
                        + ": " + e.getMessage(), e);
            }
            return ConditionEvaluationResult.disabled("SKIPPED: PostgreSQL does not answer at " + URL
                    + " (start it, or set GVI_REQUIRE_POSTGRES=true to make this a failure)");
        }
    }
}
