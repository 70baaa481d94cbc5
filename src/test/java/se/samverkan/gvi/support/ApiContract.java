package se.samverkan.gvi.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.OpenApiValidationMatchers;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every answer of the API in every MockMvc test is checked against the committed contract
 * {@code docs/openapi.yaml}: its status must be documented for the operation and its body must
 * match the documented schema (nullability included), so the document cannot drift from what the
 * service answers. Requests are not checked: tests send malformed requests on purpose. Imported
 * wherever {@code @AutoConfigureMockMvc} (or {@code @WebMvcTest}) is, through
 * {@code META-INF/spring/…AutoConfigureMockMvc.imports}.
 */
@AutoConfiguration
public class ApiContract {

    public static final Path DOCUMENT = Path.of("docs/openapi.yaml");

    /**
     * The validator of answers against the committed document; requests and unknown paths are not
     * judged. With {@code mockedServices} (slice tests whose services are mocks answering nothing) a
     * success without a body is let through; statuses and refusals are still checked.
     */
    public static OpenApiInteractionValidator validator(boolean mockedServices) {
        LevelResolver.Builder levels =
                LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE);
        if (mockedServices) {
            levels.withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE);
        }
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(DOCUMENT))
                    .withLevelResolver(levels.build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    MockMvcBuilderCustomizer answersFollowTheApiContract(Environment environment) {
        OpenApiInteractionValidator validator =
                validator(environment.getProperty("gvi.test.api-contract.mocked-services", Boolean.class, false));
        return builder ->
                builder.alwaysExpect(OpenApiValidationMatchers.openApi().isValid(validator));
    }
}
