package se.samverkan.gvi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test of the whole service as {@code ./mvnw spring-boot:run} starts it, driven through MockMvc:
 * the embedded H2 default with the fictional demo data, in an in-memory database of the class's own
 * ({@link #database()}). Classes that name the same database and otherwise configure the context
 * alike share one context and its data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "gvi.rules.warm-up-evaluations=3")
@AutoConfigureMockMvc
@ContextCustomizerFactories(EmbeddedDatabaseCustomizer.Factory.class)
public @interface EmbeddedTest {

    /** The in-memory database's name; its rows are never seen by a class with another name. */
    String database();
}
