package se.samverkan.gvi.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the test PostgreSQL ({@link TestPostgres}) before the class runs, so a class that cannot
 * have one fails at once with the reason and the fix; it never skips.
 */
public class PostgresAvailable implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestPostgres.url();
    }
}
