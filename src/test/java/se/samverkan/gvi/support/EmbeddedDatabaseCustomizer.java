package se.samverkan.gvi.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the context of an {@link EmbeddedTest} at its in-memory H2 database, in the same
 * compatibility mode as the embedded default. The name is part of the context's cache key.
 */
record EmbeddedDatabaseCustomizer(String database) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        String url = "jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("embedded-database", Map.of("spring.datasource.url", url)));
    }

    /** Finds {@link EmbeddedTest} on the test class. */
    static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            var test = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .get(EmbeddedTest.class);
            return test.isPresent()
                    ? new EmbeddedDatabaseCustomizer(Objects.requireNonNull(test.getString("database")))
                    : null;
        }
    }
}
