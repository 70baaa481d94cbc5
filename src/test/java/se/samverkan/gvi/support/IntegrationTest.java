package se.samverkan.gvi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test of the whole service on PostgreSQL, driven through MockMvc: the service on its own schema
 * ({@link #schema()}, created fresh and migrated by Flyway), an {@link Api} bean to call it, and a
 * clear failure, never a skip, when no PostgreSQL can be had ({@link PostgresAvailable}). Classes
 * that name the same schema and otherwise configure the context alike share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PostgresAvailable.class)
@ContextCustomizerFactories(PostgresSchemaCustomizer.Factory.class)
@Import(Api.Configuration.class)
public @interface IntegrationTest {

    /** The class's own schema; its rows are never seen by a class with another schema. */
    String schema();
}
