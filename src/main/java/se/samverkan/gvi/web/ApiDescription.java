package se.samverkan.gvi.web;

import java.io.IOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API description agencies build their clients on: the contract {@code docs/openapi.yaml},
 * edited by hand and copied into the jar as {@value #CONTRACT} (pom.xml). It is served exactly as
 * committed at {@code /v3/api-docs.yaml}, as JSON at {@code /v3/api-docs}, and shown by Swagger UI
 * ({@link SwaggerUi}). Nothing of it is generated from the code: tests check the code against it
 * (docs/api.md).
 */
@RestController
class ApiDescription {

    static final String CONTRACT = "contract/openapi.yaml";
    private static final MediaType OPENAPI_YAML = MediaType.parseMediaType("application/vnd.oai.openapi;charset=UTF-8");

    private final byte[] yaml;
    private final byte[] json;

    ApiDescription() throws IOException {
        yaml = new ClassPathResource(CONTRACT).getContentAsByteArray();
        json = JsonMapper.builder()
                .build()
                .writeValueAsBytes(YAMLMapper.builder().build().readTree(yaml));
    }

    @GetMapping("/v3/api-docs.yaml")
    ResponseEntity<byte[]> yaml() {
        return ResponseEntity.ok().contentType(OPENAPI_YAML).body(yaml);
    }

    @GetMapping("/v3/api-docs")
    ResponseEntity<byte[]> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
