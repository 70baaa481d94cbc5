package se.samverkan.gvi.delivery;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The message formats of docs/schemas, for checking what the service publishes and accepts. */
final class MessageSchemas {

    static final Schema APPROVED_ACTION = load("approved-action.schema.json");
    static final Schema ACTION_OUTCOME = load("action-outcome.schema.json");

    private MessageSchemas() {}

    private static Schema load(String file) {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(Path.of("docs/schemas", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }
}
