package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import se.samverkan.gvi.recommendation.ActionsApproved;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.ReviewDecision;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented message formats (docs/schemas): what the service publishes fits its schema, the
 * schemas refuse wrong messages, and the outcome consumer refuses what the outcome schema refuses.
 */
class MessageFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RULE_SET = "a".repeat(64);

    private static ActionsApproved approved(String agency, String promiseClause, Instant dueBy) {
        return new ActionsApproved(
                "huddinge",
                UUID.randomUUID(),
                "K-FIKT-0101",
                1,
                "G-FIKT",
                ReviewDecision.APPROVED,
                "coordinator",
                Instant.parse("2026-03-02T10:15:30.123456Z"),
                RULE_SET,
                List.of(new ActionsApproved.ApprovedAction(
                        UUID.randomUUID(),
                        "P-0042",
                        "WARRANT_EXECUTION",
                        agency,
                        true,
                        "Rättegångsbalken 24 kap. 17 §",
                        promiseClause,
                        dueBy)));
    }

    private static String message(ActionsApproved approved) {
        ActionsApproved.ApprovedAction action = approved.actions().get(0);
        return JSON.writeValueAsString(ApprovedActionMessage.of(
                approved, action, Topology.agencyCodes(action.agency()).get(0)));
    }

    @Test
    void aPublishedMessageFitsTheApprovedActionSchema() {
        String withEverything = message(
                approved("Polismyndigheten / Transportstyrelsen", "Klausul 2", Instant.parse("2026-03-09T10:15:30Z")));
        String withoutClauseOrDeadline = message(approved("Kommunen (avhopparverksamhet, traumavård)", null, null));

        assertThat(MessageSchemas.errors(MessageSchemas.APPROVED_ACTION, withEverything))
                .isEmpty();
        assertThat(MessageSchemas.errors(MessageSchemas.APPROVED_ACTION, withoutClauseOrDeadline))
                .isEmpty();
        assertThat(JSON.readTree(withEverything).get("agency").asString()).isEqualTo("polismyndigheten");
        assertThat(JSON.readTree(withoutClauseOrDeadline).get("agency").asString())
                .isEqualTo("kommunen");
    }

    @Test
    void theApprovedActionSchemaRefusesWrongMessages() {
        ObjectNode right = (ObjectNode)
                JSON.readTree(message(approved("Kriminalvården", null, Instant.parse("2026-03-09T10:15:30Z"))));
        assertThat(MessageSchemas.errors(MessageSchemas.APPROVED_ACTION, right.toString()))
                .isEmpty();

        assertThat(refused(right, m -> m.remove("actionId"))).isNotEmpty();
        assertThat(refused(right, m -> m.put("ruleSetVersion", "not-a-sha"))).isNotEmpty();
        assertThat(refused(right, m -> m.put("personRef", "19900101 1234"))).isNotEmpty();
        assertThat(refused(right, m -> m.put("decision", "REJECTED"))).isNotEmpty();
        assertThat(refused(right, m -> m.put("schemaVersion", 2))).isNotEmpty();
        assertThat(refused(right, m -> m.put("surplus", "x"))).isNotEmpty();
    }

    @Test
    void agencyCodesAreTheLeadingAgencyInLowerCaseAscii() {
        assertThat(Topology.agencyCode("Kriminalvården / övervakningsnämnd")).isEqualTo("kriminalvarden");
        assertThat(Topology.agencyCode("Åklagarmyndigheten")).isEqualTo("aklagarmyndigheten");
        assertThat(Topology.agencyCode("Polismyndigheten + Socialtjänsten")).isEqualTo("polismyndigheten");
        assertThat(Topology.agencyCode("Socialtjänsten")).isEqualTo("socialtjansten");
        assertThat(new Topology("t1.").agencyQueue("kronofogden")).isEqualTo("t1.gvi.actions.kronofogden");
        // agencies joined by "+" each take part; of alternatives joined by "/" the first is the one
        assertThat(Topology.agencyCodes("Polismyndigheten + Socialtjänsten"))
                .containsExactly("polismyndigheten", "socialtjansten");
        assertThat(Topology.agencyCodes("Polismyndigheten / Åklagarmyndigheten"))
                .containsExactly("polismyndigheten");
        assertThat(Topology.agencyCodes("Kommunen (avhopparverksamhet, traumavård)"))
                .containsExactly("kommunen");
    }

    @Test
    void theOutcomeConsumerRefusesWhatTheOutcomeSchemaRefuses() {
        OutcomeConsumer consumer = new OutcomeConsumer(
                mock(Recommendations.class),
                Validation.buildDefaultValidatorFactory().getValidator());
        ObjectNode right = JSON.createObjectNode();
        right.put("schemaVersion", 1);
        right.put("actionId", UUID.randomUUID().toString());
        right.put("recommendationId", UUID.randomUUID().toString());
        right.put("site", "huddinge");
        right.put("agency", "polismyndigheten");
        right.put("executedOn", "2026-03-03");
        right.put("outcome", "EXECUTED");
        right.put("note", "Verkställd");
        assertThat(MessageSchemas.errors(MessageSchemas.ACTION_OUTCOME, right.toString()))
                .isEmpty();
        assertThat(consumer.check(converted(right)).outcome().note()).isEqualTo("Verkställd");

        List<java.util.function.Consumer<ObjectNode>> wrongs = List.of(
                m -> m.remove("actionId"),
                m -> m.put("actionId", "42"),
                m -> m.put("schemaVersion", 2),
                m -> m.remove("schemaVersion"),
                m -> m.put("outcome", "DONE"),
                m -> m.put("executedOn", "3 mars"),
                m -> m.put("note", "x".repeat(2001)),
                m -> m.put("note", 7),
                m -> m.put("site", "Huddinge kommun"),
                m -> m.remove("agency"),
                m -> m.put("extra", true),
                m -> m.put("schemaVersion", "1"),
                m -> m.put("schemaVersion", 1.5),
                m -> m.put("outcome", 0),
                m -> m.putNull("site"),
                m -> m.put("agency", true));
        for (java.util.function.Consumer<ObjectNode> wrong : wrongs) {
            ObjectNode message = right.deepCopy();
            wrong.accept(message);
            assertThat(MessageSchemas.errors(MessageSchemas.ACTION_OUTCOME, message.toString()))
                    .as("schema on %s", message)
                    .isNotEmpty();
            // refused by the binding (a conversion failure) or by the checks after it
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> consumer.check(converted(message)))
                    .as("consumer on %s", message)
                    .isInstanceOfAny(MessageConversionException.class, OutcomeConsumer.ReportRefused.class);
        }
    }

    private static OutcomeMessage converted(ObjectNode json) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setInferredArgumentType(OutcomeMessage.class); // as the listener method declares it
        return (OutcomeMessage) DeliveryConfiguration.outcomeConverter()
                .fromMessage(new Message(json.toString().getBytes(StandardCharsets.UTF_8), properties));
    }

    private static List<String> refused(ObjectNode right, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode message = right.deepCopy();
        change.accept(message);
        return MessageSchemas.errors(MessageSchemas.APPROVED_ACTION, message.toString());
    }
}
