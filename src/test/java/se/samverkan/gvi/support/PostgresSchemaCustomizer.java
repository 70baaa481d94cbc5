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
 * Points the context of an {@link IntegrationTest} at its schema. The schema is part of the
 * context's cache key, so the schema is created once, when the context first starts.
 */
record PostgresSchemaCustomizer(String schema) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        Map<String, Object> properties = Map.copyOf(PostgresSchema.properties(schema));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-schema", properties));
    }

    /** Finds {@link IntegrationTest} on the test class. */
    static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            var test = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .get(IntegrationTest.class);
            return test.isPresent()
                    ? new PostgresSchemaCustomizer(Objects.requireNonNull(test.getString("schema")))
                    : null;
        }
    }
}
