package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.rabbitmq.client.Channel;
import jakarta.validation.Validation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import se.samverkan.gvi.recommendation.ActionState;
import se.samverkan.gvi.recommendation.ActionStatus;
import se.samverkan.gvi.recommendation.Recommendations;

/**
 * An outcome report that meets a database briefly out of reach is tried again by the listener's
 * retry advice and recorded — never parked as if the report were wrong; when the retries run out it
 * goes back to the queue. A failure that says something about the report itself is parked at once.
 * The broker and the database are stand-ins here (the advice chain of
 * {@link DeliveryConfiguration#outcomeRetry} runs around the listener as the container runs it);
 * DeliveryTests covers the real ones.
 */
class OutcomeConsumerTests {

    private static final UUID RECOMMENDATION = UUID.fromString("7d3c1f0e-0000-4000-8000-000000000001");
    private static final UUID ACTION = UUID.fromString("7d3c1f0e-0000-4000-8000-000000000002");

    private final Recommendations recommendations = mock(Recommendations.class);
    private final RabbitTemplate rabbit = mock(RabbitTemplate.class);
    private final GviDeliverySettings settings = new GviDeliverySettings(
            true,
            "t.",
            Duration.ofSeconds(1),
            10,
            Duration.ofMillis(10),
            Duration.ofMillis(40),
            Duration.ofMillis(50),
            3);
    private final OutcomeConsumer consumer = new OutcomeConsumer(
            recommendations, Validation.buildDefaultValidatorFactory().getValidator());
    private final MethodInterceptor retry =
            DeliveryConfiguration.outcomeRetry(settings, new ParkingRecoverer(rabbit, new Topology("t."), settings));

    @Test
    void aReportMeetingAnUnreachableDatabaseIsTriedAgainAndRecordedNotParked() throws Throwable {
        when(recommendations.actionState("huddinge", RECOMMENDATION, ACTION)).thenReturn(Optional.of(approved()));
        when(recommendations.reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any()))
                .thenThrow(unreachable())
                .thenThrow(unreachable())
                .thenReturn(null);

        deliver(report());

        verify(recommendations, times(3)).reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any());
        verify(rabbit, never()).send(anyString(), anyString(), any(Message.class), any(CorrelationData.class));
    }

    @Test
    void aReportWhoseRetriesRunOutOnAnUnreachableDatabaseGoesBackToTheQueueNotToTheParkingQueue() {
        when(recommendations.actionState("huddinge", RECOMMENDATION, ACTION)).thenReturn(Optional.of(approved()));
        when(recommendations.reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any()))
                .thenThrow(unreachable());

        assertThatThrownBy(() -> deliver(report())).isInstanceOf(ImmediateRequeueAmqpException.class);

        verify(recommendations, times(1 + settings.outcomeRetries())).reportOutcome(any(), any(), any(), any());
        verify(rabbit, never()).send(anyString(), anyString(), any(Message.class), any(CorrelationData.class));
    }

    @Test
    void aReportFailingForAnyOtherReasonIsParkedAtOnceWithTheReason() {
        when(recommendations.actionState("huddinge", RECOMMENDATION, ACTION)).thenReturn(Optional.of(approved()));
        when(recommendations.reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any()))
                .thenThrow(new DataIntegrityViolationException("check constraint"));

        // the stand-in broker never confirms: the failure makes the real broker dead-letter it instead
        assertThatThrownBy(() -> deliver(report())).isNotInstanceOf(ImmediateRequeueAmqpException.class);

        verify(recommendations, times(1)).reportOutcome(any(), any(), any(), any());
        verify(rabbit)
                .send(
                        eq("t.gvi.outcomes.dlx"),
                        eq(""),
                        argThat((Message m) -> "processing failed: DataIntegrityViolationException"
                                .equals(m.getMessageProperties().getHeader("x-gvi-reason"))),
                        any(CorrelationData.class));
    }

    @Test
    void whatTrulyFailsIsParkedAndOnlyPassingTroubleIsTriedAgain() {
        assertThat(OutcomeConsumer.isTransient(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(OutcomeConsumer.isTransient(new CannotAcquireLockException("lock timeout")))
                .isTrue();
        assertThat(OutcomeConsumer.isTransient(
                        new IllegalStateException("wrapped", new SQLTransientConnectionException("pool exhausted"))))
                .isTrue();
        assertThat(OutcomeConsumer.isTransient(new DataIntegrityViolationException("check constraint")))
                .isFalse();
        assertThat(OutcomeConsumer.isTransient(new IllegalStateException("a bug")))
                .isFalse();
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
            {LocalDate.now().plusDays(2).toString(), "null"}
        }) {
            Message message = message(body(bad[0], bad[1]));
            assertThatThrownBy(() -> consumer.receive(converted(message)))
                    .as(bad[0] + " " + bad[1])
                    .isInstanceOfSatisfying(OutcomeConsumer.ReportRefused.class, e -> {
                        assertThat(e.refusal().code()).isEqualTo("SCHEMA_VIOLATION");
                        assertThat(e.refusal().reason()).doesNotContain("1234");
                    });
        }
        verify(recommendations, never()).reportOutcome(any(), any(), any(), any());
        consumer.receive(converted(message(body(yesterday, "\"Bilen kontrollerad kl. 21.40\""))));
        verify(recommendations).reportOutcome(any(), eq(RECOMMENDATION), eq(ACTION), any());
    }

    /** Runs the listener for one message inside the retry advice, as the listener container does. */
    private void deliver(Message message) throws Throwable {
        Channel channel = mock(Channel.class);
        retry.invoke(new MethodInvocation() {
            @Override
            public Object proceed() {
                try {
                    consumer.receive(converted(message));
                } catch (RuntimeException e) {
                    throw new ListenerExecutionFailedException("listener failed", e, message);
                }
                return null;
            }

            @Override
            public Object[] getArguments() {
                return new Object[] {channel, message};
            }

            @Override
            public Method getMethod() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object getThis() {
                return consumer;
            }

            @Override
            public AccessibleObject getStaticPart() {
                throw new UnsupportedOperationException();
            }
        });
    }

    private static OutcomeMessage converted(Message message) {
        return (OutcomeMessage) DeliveryConfiguration.outcomeConverter().fromMessage(message);
    }

    private static CannotCreateTransactionException unreachable() {
        return new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
    }

    private static String body(String executedOn, String note) {
        return """
                {"schemaVersion":1,"actionId":"%s","recommendationId":"%s","site":"huddinge",
                 "agency":"polismyndigheten","executedOn":"%s","outcome":"EXECUTED","note":%s}""".formatted(ACTION, RECOMMENDATION, executedOn, note);
    }

    private static ActionState approved() {
        return new ActionState(ACTION, RECOMMENDATION, "Polismyndigheten", ActionStatus.APPROVED, null, null);
    }

    private static Message report() {
        return message("""
                {"schemaVersion":1,"actionId":"%s","recommendationId":"%s","site":"huddinge",
                 "agency":"polismyndigheten","executedOn":"%s","outcome":"EXECUTED"}""".formatted(ACTION, RECOMMENDATION, LocalDate.now().minusDays(1)));
    }

    private static Message message(String body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(UUID.randomUUID().toString());
        properties.setInferredArgumentType(OutcomeMessage.class); // as the listener method declares it
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
