package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.rabbitmq.client.Channel;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import se.samverkan.gvi.recommendation.ActionState;
import se.samverkan.gvi.recommendation.ActionStatus;
import se.samverkan.gvi.recommendation.Recommendations;

/**
 * An outcome report that meets a database briefly out of reach is given back to the queue and
 * recorded when it comes again — never parked as if the report were wrong; a failure that says
 * something about the report itself is still parked. The broker and the database are stand-ins
 * here; DeliveryTests covers the real ones.
 */
class OutcomeConsumerTests {

    private static final UUID RECOMMENDATION = UUID.fromString("7d3c1f0e-0000-4000-8000-000000000001");
    private static final UUID ACTION = UUID.fromString("7d3c1f0e-0000-4000-8000-000000000002");
    private static final long TAG = 42;

    private final Recommendations recommendations = mock(Recommendations.class);
    private final RabbitTemplate rabbit = mock(RabbitTemplate.class);
    private final Channel channel = mock(Channel.class);
    private final OutcomeConsumer consumer = new OutcomeConsumer(recommendations, rabbit, new Topology("t."),
            Validation.buildDefaultValidatorFactory().getValidator(),
            new GviDeliverySettings(true, "t.", Duration.ofSeconds(1), 10, Duration.ofMillis(10),
                    Duration.ofMillis(40), Duration.ofSeconds(1)));

    @Test
    void aReportMeetingAnUnreachableDatabaseGoesBackToTheQueueAndIsRecordedWhenItComesAgain() throws Exception {
        when(recommendations.actionState("huddinge", RECOMMENDATION, ACTION)).thenReturn(Optional.of(approved()));
        when(recommendations.reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any()))
                .thenThrow(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
                .thenReturn(null);

        consumer.onMessage(report(), channel);
        verify(channel).basicNack(TAG, false, true);
        verify(channel, never()).basicAck(anyLong(), eq(false));

        consumer.onMessage(report(), channel);
        verify(channel).basicAck(TAG, false);
        verify(rabbit, never()).send(anyString(), anyString(), any(Message.class), any(CorrelationData.class));
    }

    @Test
    void aReportFailingForAnyOtherReasonIsNeverGivenBackToTheQueue() throws Exception {
        when(recommendations.actionState("huddinge", RECOMMENDATION, ACTION)).thenReturn(Optional.of(approved()));
        when(recommendations.reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any()))
                .thenThrow(new DataIntegrityViolationException("check constraint"));

        consumer.onMessage(report(), channel);
        // parked: sent to the dead-letter exchange (the stand-in broker never confirms, so the real
        // broker's dead-lettering takes it instead); in neither case back to the queue
        verify(rabbit).send(eq("t.gvi.outcomes.dlx"), eq(""), any(Message.class), any(CorrelationData.class));
        verify(channel).basicNack(TAG, false, false);
        verify(channel, never()).basicNack(TAG, false, true);
    }

    @Test
    void whatTrulyFailsIsParkedAndOnlyPassingTroubleIsTriedAgain() {
        assertThat(OutcomeConsumer.isTransient(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(OutcomeConsumer.isTransient(new CannotAcquireLockException("lock timeout"))).isTrue();
        assertThat(OutcomeConsumer.isTransient(new IllegalStateException("wrapped",
                new SQLTransientConnectionException("pool exhausted")))).isTrue();
        assertThat(OutcomeConsumer.isTransient(new DataIntegrityViolationException("check constraint"))).isFalse();
        assertThat(OutcomeConsumer.isTransient(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aReportIsHeldToTheSameInputPolicyAsTheApiAndItsForms() {
        when(recommendations.actionState("huddinge", RECOMMENDATION, ACTION)).thenReturn(Optional.of(approved()));
        String yesterday = LocalDate.now().minusDays(1).toString();
        for (String[] bad : new String[][] {
                {yesterday, "\"Personen 850101\u2013 1234 var inte hemma\""},
                {yesterday, "\"Personen \uFF18\uFF15\uFF10\uFF11\uFF10\uFF11\uFF11\uFF12\uFF13\uFF14\""},
                {yesterday, "\"klockan \\u0000 tre\""},
                {"0001-01-01", "null"},
                {LocalDate.now().plusDays(2).toString(), "null"}}) {
            OutcomeConsumer.Refusal refusal = consumer.handle(body(bad[0], bad[1]).getBytes(StandardCharsets.UTF_8));
            assertThat(refusal).as(bad[0] + " " + bad[1]).isNotNull();
            assertThat(refusal.code()).isEqualTo("SCHEMA_VIOLATION");
            assertThat(refusal.reason()).doesNotContain("1234");
        }
        verify(recommendations, never()).reportOutcome(any(), any(), any(), any());
        assertThat(consumer.handle(body(yesterday, "\"Bilen kontrollerad kl. 21.40\"")
                .getBytes(StandardCharsets.UTF_8))).isNull();
    }

    private static String body(String executedOn, String note) {
        return """
                {"schemaVersion":1,"actionId":"%s","recommendationId":"%s","site":"huddinge",
                 "agency":"polismyndigheten","executedOn":"%s","outcome":"EXECUTED","note":%s}"""
                .formatted(ACTION, RECOMMENDATION, executedOn, note);
    }

    private static ActionState approved() {
        return new ActionState(ACTION, RECOMMENDATION, "Polismyndigheten", ActionStatus.APPROVED, null, null);
    }

    private static Message report() {
        MessageProperties properties = new MessageProperties();
        properties.setDeliveryTag(TAG);
        properties.setMessageId(UUID.randomUUID().toString());
        String body = """
                {"schemaVersion":1,"actionId":"%s","recommendationId":"%s","site":"huddinge",
                 "agency":"polismyndigheten","executedOn":"%s","outcome":"EXECUTED"}"""
                .formatted(ACTION, RECOMMENDATION, LocalDate.now().minusDays(1));
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
