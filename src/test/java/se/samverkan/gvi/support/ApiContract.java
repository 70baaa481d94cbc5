package se.samverkan.gvi.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.OpenApiValidationMatchers;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every answer of the API in every MockMvc test is checked against the committed contract
 * {@code docs/openapi.yaml}: its status must be documented for the operation and its body must
 * match the documented schema (nullability included), so the document cannot drift from what the
 * service answers. Requests are not checked: tests send malformed requests on purpose. Imported
 * wherever {@code @AutoConfigureMockMvc} (or {@code @WebMvcTest}) is, through
 * {@code META-INF/spring/…AutoConfigureMockMvc.imports}. The document is also read as a tree, for
 * the tests that check the code and the security configuration against it.
 */
@AutoConfiguration
public class ApiContract {

    public static final Path DOCUMENT = Path.of("docs/openapi.yaml");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern WHO_MAY_CALL = Pattern.compile("\\*\\*Who may call:\\*\\* ([A-Z_, ]+)\\.");

    /** The committed document as a tree. */
    public static JsonNode document() {
        try {
            return YAMLMapper.builder().build().readTree(Files.readString(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operations of a document by {@code "GET /api/v1/…"}, in the document's order. */
    public static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().stream()
                        .filter(method -> METHODS.contains(method.getKey()))
                        .forEach(method -> operations.put(
                                method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                                method.getValue())));
        return operations;
    }

    /**
     * The roles an operation's description names in its paragraph {@code **Who may call:** A, B.}
     * (docs/security.md), or none when it has no such paragraph.
     */
    public static Set<String> whoMayCall(JsonNode operation) {
        Matcher matcher = WHO_MAY_CALL.matcher(operation.path("description").asString(""));
        Set<String> roles = new TreeSet<>();
        if (matcher.find()) {
            Arrays.stream(matcher.group(1).split(",")).map(String::strip).forEach(roles::add);
        }
        return roles;
    }

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
