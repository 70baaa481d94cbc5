package se.samverkan.gvi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.EmbeddedTest;

/**
 * The committed {@code docs/openapi.yaml} is the contract agencies build on: it must be exactly
 * what the service serves, and a well-formed OpenAPI 3.0 document. After a deliberate change of
 * the API, rewrite it with
 * {@code ./mvnw test -Dtest=ApiDocumentTests -Dgvi.openapi.write=true -Dcodegen.skip=true} and
 * review the diff (docs/api.md).
 */
@EmbeddedTest(database = "smoke")
class ApiDocumentTests {

    static final Path COMMITTED = Path.of("docs/openapi.yaml");

    @Autowired
    MockMvc mvc;

    @Test
    void theCommittedDocumentIsWhatTheServiceServes() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.get("/v3/api-docs.yaml").with(httpBasic("liaison", Api.PASSWORD)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String served = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(served).contains("openapi: 3.0");
        if (Boolean.getBoolean("gvi.openapi.write")) {
            Files.writeString(COMMITTED, served);
        }
        assertThat(Files.readString(COMMITTED))
                .as("docs/openapi.yaml differs from what the service serves at /v3/api-docs.yaml; after a deliberate "
                        + "API change rewrite it with: ./mvnw test -Dtest=ApiDocumentTests -Dgvi.openapi.write=true "
                        + "-Dcodegen.skip=true, and review the diff")
                .isEqualTo(served);
    }

    @Test
    void theCommittedDocumentIsAWellFormedOpenApiDocument() throws IOException {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(Files.readString(COMMITTED));
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }
}
