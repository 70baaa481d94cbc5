package se.samverkan.gvi.delivery;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What {@code docs/asyncapi.yaml} says about the broker: its queues and exchanges by name. */
record AsyncApiDocument(JsonNode root) {

    static final Path FILE = Path.of("docs/asyncapi.yaml");

    static AsyncApiDocument read() {
        return new AsyncApiDocument(YAMLMapper.builder().build().readTree(FILE.toFile()));
    }

    /** Every queue a channel names, with {@code {agency}} expanded to each documented agency code. */
    java.util.Set<String> queues() {
        java.util.Set<String> queues = new java.util.TreeSet<>();
        for (JsonNode channel : root.get("channels")) {
            JsonNode amqp = channel.path("bindings").path("amqp");
            if (!"queue".equals(amqp.path("is").asString())) {
                continue;
            }
            String name = amqp.get("queue").get("name").asString();
            if (name.contains("{agency}")) {
                agencyCodes().forEach(agency -> queues.add(name.replace("{agency}", agency)));
            } else {
                queues.add(name);
            }
        }
        return queues;
    }

    /** Every exchange a channel names, with its type. */
    Map<String, String> exchanges() {
        Map<String, String> exchanges = new TreeMap<>();
        for (JsonNode channel : root.get("channels")) {
            JsonNode amqp = channel.path("bindings").path("amqp");
            if ("routingKey".equals(amqp.path("is").asString())) {
                exchanges.put(
                        amqp.get("exchange").get("name").asString(),
                        amqp.get("exchange").get("type").asString());
            }
        }
        return exchanges;
    }

    java.util.List<String> agencyCodes() {
        return root.get("components")
                .get("parameters")
                .get("agency")
                .get("enum")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }
}
