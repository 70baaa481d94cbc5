package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/asyncapi.yaml} holds together: an AsyncAPI 3.0 document whose every message takes
 * its payload from a schema of {@code docs/schemas/}, every schema there is used, and every
 * operation and reference points at something the document defines. (The names it gives the broker
 * are compared with what the service declares in {@link DeliveryTests}; the AsyncAPI CLI validates
 * it in {@code .ci/run}.)
 */
class AsyncApiDocumentTests {

    private final AsyncApiDocument document = AsyncApiDocument.read();

    @Test
    void everyMessageTakesItsPayloadFromAMessageSchemaAndEverySchemaIsUsed() throws IOException {
        JsonNode root = document.root();
        assertThat(root.get("asyncapi").asString()).isEqualTo("3.0.0");
        Set<String> used = new TreeSet<>();
        for (JsonNode message : root.get("components").get("messages")) {
            String ref = message.get("payload").get("schema").get("$ref").asString();
            Path schema = AsyncApiDocument.FILE.getParent().resolve(ref).normalize();
            assertThat(schema).as(ref).exists();
            used.add(schema.getFileName().toString());
        }
        Set<String> schemas = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("docs/schemas"))) {
            files.forEach(f -> schemas.add(f.getFileName().toString()));
        }
        assertThat(used).isEqualTo(schemas);
    }

    @Test
    void everyInternalReferencePointsAtSomethingTheDocumentDefines() {
        List<String> refs = new ArrayList<>();
        collect(document.root(), refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs.stream().filter(r -> r.startsWith("#/")).toList()) {
            assertThat(document.root().at(ref.substring(1).replace("~1", "/")).isMissingNode())
                    .as("%s resolves", ref)
                    .isFalse();
        }
        document.root()
                .get("operations")
                .forEach(operation ->
                        assertThat(operation.get("action").asString()).isIn("send", "receive"));
    }

    @Test
    void theQueuesAndExchangesAreTheDocumentedOnes() {
        assertThat(document.queues()).contains("gvi.outcomes", "gvi.outcomes.dlq", "gvi.actions.polismyndigheten");
        assertThat(document.exchanges())
                .containsEntry("gvi.actions", "direct")
                .containsEntry("gvi.outcomes.dlx", "fanout");
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asString());
                } else {
                    collect(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, refs));
        }
    }
}
