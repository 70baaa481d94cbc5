package se.samverkan.gvi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.ApiContract;
import se.samverkan.gvi.support.EmbeddedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract {@code docs/openapi.yaml} is edited by hand; the code must keep to it. The service
 * serves it exactly as committed, and springdoc — turned on for this class only — builds the code's
 * skeleton of the API from the controllers and records, which must match the contract in
 * everything but prose: the same operations, each with the same parameters, request body and
 * success answer, and the same schemas behind them (docs/api.md). Summaries, descriptions,
 * examples, tags and the refusals (checked on every answer by {@link ApiContract}) are the
 * contract's alone.
 */
@EmbeddedTest(database = "smoke")
@TestPropertySource(
        properties = {
            "springdoc.api-docs.enabled=true",
            "springdoc.api-docs.path=" + ApiContractTests.SKELETON,
            "springdoc.paths-to-match=/api/**",
            "springdoc.api-docs.version=openapi_3_0",
            "springdoc.default-produces-media-type=application/json"
        })
@Import(CodeSkeleton.class)
class ApiContractTests {

    /** Where springdoc serves the skeleton in this test; under the API description's URLs, so as open. */
    static final String SKELETON = "/v3/api-docs/skeleton";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void theServiceServesTheCommittedContractAsItIs() throws Exception {
        String committed = Files.readString(ApiContract.DOCUMENT);
        assertThat(get("/v3/api-docs.yaml").getContentAsString(StandardCharsets.UTF_8))
                .as("the contract served at /v3/api-docs.yaml (copied into the jar by pom.xml)")
                .isEqualTo(committed);
        assertThat(JSON.readTree(get("/v3/api-docs").getContentAsString(StandardCharsets.UTF_8)))
                .as("the contract served as JSON at /v3/api-docs")
                .isEqualTo(YAMLMapper.builder().build().readTree(committed));
    }

    @Test
    void swaggerUiShowsTheServedContract() throws Exception {
        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/swagger-ui.html"))
                .andReturn()
                .getResponse();
        assertThat(page.getRedirectedUrl()).isEqualTo("/swagger-ui/index.html");
        assertThat(get("/swagger-ui/index.html").getContentAsString()).contains("swagger-initializer.js");
        assertThat(get("/swagger-ui/swagger-initializer.js").getContentAsString())
                .contains("url: \"../v3/api-docs.yaml\"")
                .doesNotContain("petstore");
        assertThat(get("/swagger-ui/swagger-ui-bundle.js").getContentAsString()).contains("SwaggerUIBundle");
    }

    @Test
    void theContractIsAWellFormedOpenApiDocument() throws IOException {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(Files.readString(ApiContract.DOCUMENT));
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void theCodeKeepsToTheContract() throws Exception {
        JsonNode code = JSON.readTree(get(SKELETON).getContentAsString(StandardCharsets.UTF_8));
        List<String> differences = new Comparison(code, ApiContract.document()).differences();
        if (!differences.isEmpty()) {
            fail("The code and the contract docs/openapi.yaml differ (edit the one that is wrong):\n  "
                    + String.join("\n  ", differences));
        }
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.get(path).with(httpBasic("liaison", Api.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    /**
     * The structural comparison of the code's skeleton with the contract: every difference in
     * words, the code's side first.
     */
    static final class Comparison {

        private static final String ITSELF = "(the schema itself)";

        private final JsonNode code;
        private final JsonNode contract;
        private final List<String> differences = new ArrayList<>();
        /** Schemas the compared operations reach, by name, compared after the operations. */
        private final Set<String> reached = new TreeSet<>();

        Comparison(JsonNode code, JsonNode contract) {
            this.code = code;
            this.contract = contract;
        }

        List<String> differences() {
            Map<String, JsonNode> inCode = ApiContract.operations(code);
            Map<String, JsonNode> inContract = ApiContract.operations(contract);
            for (String operation : union(inCode.keySet(), inContract.keySet())) {
                if (!inContract.containsKey(operation)) {
                    differences.add(operation + ": in the code, not in the contract");
                } else if (!inCode.containsKey(operation)) {
                    differences.add(operation + ": in the contract, not in the code");
                } else {
                    operation(operation, inCode.get(operation), inContract.get(operation));
                }
            }
            Set<String> compared = new TreeSet<>();
            while (!compared.containsAll(reached)) {
                for (String name : new TreeSet<>(reached)) {
                    if (compared.add(name)) {
                        schema(name);
                    }
                }
            }
            return differences;
        }

        private void operation(String operation, JsonNode inCode, JsonNode inContract) {
            compare(operation + ": parameters", parameters(inCode), parameters(inContract));
            compare(
                    operation + ": request body",
                    requestBody(inCode.path("requestBody")),
                    requestBody(inContract.path("requestBody")));
            Map<String, String> codeAnswers = successes(inCode);
            Map<String, String> contractAnswers = successes(inContract);
            codeAnswers.forEach((status, shape) -> {
                if (!contractAnswers.containsKey(status)) {
                    differences.add(operation + ": answers " + status + " in the code, not in the contract");
                }
            });
            Set<String> codeShapes = new TreeSet<>(codeAnswers.values());
            Set<String> contractShapes = new TreeSet<>(contractAnswers.values());
            if (!codeShapes.equals(contractShapes)) {
                differences.add(operation + ": the success answer is " + codeShapes + " in the code, " + contractShapes
                        + " in the contract");
            }
        }

        /** Each parameter as {@code in name required shape}. */
        private Map<String, String> parameters(JsonNode operation) {
            Map<String, String> parameters = new TreeMap<>();
            operation
                    .path("parameters")
                    .forEach(p -> parameters.put(
                            p.path("in").asString() + " " + p.path("name").asString(),
                            (p.path("required").asBoolean(false) ? "required " : "optional ")
                                    + shape(p.path("schema"))));
            return parameters;
        }

        private Map<String, String> requestBody(JsonNode body) {
            Map<String, String> shapes = new TreeMap<>();
            body.path("content")
                    .properties()
                    .forEach(media -> shapes.put(
                            media.getKey(),
                            (body.path("required").asBoolean(false) ? "required " : "optional ")
                                    + shape(media.getValue().path("schema"))));
            return shapes;
        }

        /** The 2xx answers: status to the shape of its body (JSON), or {@code "no body"}. */
        private Map<String, String> successes(JsonNode operation) {
            Map<String, String> answers = new TreeMap<>();
            operation.path("responses").properties().stream()
                    .filter(r -> r.getKey().startsWith("2"))
                    .forEach(r -> {
                        JsonNode json = r.getValue().path("content").path("application/json");
                        answers.put(r.getKey(), json.isMissingNode() ? "no body" : shape(json.path("schema")));
                    });
            return answers;
        }

        private void schema(String name) {
            JsonNode inCode = code.path("components").path("schemas").path(name);
            JsonNode inContract = contract.path("components").path("schemas").path(name);
            if (inContract.isMissingNode()) {
                differences.add("schema " + name + ": in the code, not in the contract");
            } else if (inCode.isMissingNode()) {
                differences.add("schema " + name + ": in the contract, not in the code");
            } else {
                compare("schema " + name, properties(inCode), properties(inContract));
            }
        }

        /** A schema's own shape and each of its properties' shapes. */
        private Map<String, String> properties(JsonNode schema) {
            Map<String, String> properties = new TreeMap<>();
            properties.put(ITSELF, shape(withoutProperties(schema)));
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(r -> required.add(r.asString()));
            schema.path("properties")
                    .properties()
                    .forEach(p -> properties.put(
                            p.getKey(), (required.contains(p.getKey()) ? "required " : "") + shape(p.getValue())));
            return properties;
        }

        private static JsonNode withoutProperties(JsonNode schema) {
            if (!schema.isObject()) {
                return schema;
            }
            ObjectNode copy = ((ObjectNode) schema).deepCopy();
            copy.remove(List.of("properties", "required"));
            return copy;
        }

        /**
         * A schema in words, prose left out: its type and format, the schema it names, its items,
         * values, nullability, limits and nested properties. Naming a component schema adds it to
         * those compared.
         */
        private String shape(JsonNode schema) {
            if (schema.isMissingNode()) {
                return "none";
            }
            if (schema.isBoolean()) {
                return schema.asString();
            }
            Map<String, String> words = new TreeMap<>();
            String ref = schema.path("$ref").asString("");
            if (!ref.isEmpty()) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                reached.add(name);
                words.put("$ref", "#" + name);
            }
            schema.properties().forEach(keyword -> {
                String key = keyword.getKey();
                JsonNode value = keyword.getValue();
                switch (key) {
                    case "type",
                            "format",
                            "nullable",
                            "pattern",
                            "minimum",
                            "maximum",
                            "minLength",
                            "maxLength",
                            "minItems",
                            "maxItems",
                            "uniqueItems",
                            "default" -> words.put(key, value.asString());
                    case "enum" -> words.put(key, sorted(value).toString());
                    case "items", "additionalProperties" -> words.put(key, "(" + shape(value) + ")");
                    case "oneOf", "anyOf", "allOf" -> {
                        Set<String> shapes = new TreeSet<>();
                        value.forEach(one -> shapes.add(shape(one)));
                        words.put(key, shapes.toString());
                    }
                    case "properties" -> {
                        Map<String, String> nested = properties(schema);
                        nested.remove(ITSELF);
                        words.put(key, nested.toString());
                    }
                    default -> {
                        // prose (description, example, title) and $ref, taken above
                    }
                }
            });
            StringBuilder text = new StringBuilder();
            words.forEach(
                    (key, value) -> text.append(' ').append(key).append('=').append(value));
            return text.toString().strip();
        }

        private static Set<String> sorted(JsonNode values) {
            Set<String> sorted = new TreeSet<>();
            values.forEach(v -> sorted.add(v.asString()));
            return sorted;
        }

        private void compare(String what, Map<String, String> inCode, Map<String, String> inContract) {
            for (String key : union(inCode.keySet(), inContract.keySet())) {
                String codeShape = inCode.get(key);
                String contractShape = inContract.get(key);
                if (contractShape == null) {
                    differences.add(what + ": " + key + " is " + codeShape + " in the code, not in the contract");
                } else if (codeShape == null) {
                    differences.add(what + ": " + key + " is " + contractShape + " in the contract, not in the code");
                } else if (!codeShape.equals(contractShape)) {
                    differences.add(what + ": " + key + " is " + codeShape + " in the code, " + contractShape
                            + " in the contract");
                }
            }
        }

        private static Set<String> union(Set<String> one, Set<String> other) {
            Set<String> union = new TreeSet<>(one);
            union.addAll(other);
            return union;
        }
    }
}
