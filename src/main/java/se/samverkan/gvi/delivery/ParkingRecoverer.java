package se.samverkan.gvi.delivery;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;

/**
 * Where an outcome report goes when the listener could not record it: a report refused for what it
 * says is republished to the dead-letter exchange (queue {@code gvi.outcomes.dlq}) with the reason
 * in {@code x-gvi-reason} (English), {@code x-gvi-reason-sv} (Swedish) and {@code x-gvi-reason-code},
 * and waits there once the broker confirmed it; unconfirmed, the listener's failure makes the
 * broker dead-letter it to the same queue. A report whose retries ended on a database still out of
 * reach is not parked: it goes back to the queue and is tried again.
 */
class ParkingRecoverer extends RepublishMessageRecovererWithConfirms {

    private static final Logger LOG = LoggerFactory.getLogger(ParkingRecoverer.class);

    private final Topology topology;

    ParkingRecoverer(RabbitTemplate rabbit, Topology topology, GviDeliverySettings settings) {
        super(rabbit, topology.deadLetterExchange(), "", ConfirmType.CORRELATED);
        this.topology = topology;
        setConfirmTimeout(settings.confirmTimeout().toMillis());
        includeStackTrace(false);
    }

    @Override
    public void recover(Message message, @Nullable Throwable cause) {
        if (cause != null && OutcomeConsumer.isTransient(cause)) {
            LOG.warn(
                    "Outcome report {} not recorded yet ({}); back to the queue",
                    message.getMessageProperties().getMessageId(),
                    cause.getCause() == null
                            ? cause.toString()
                            : cause.getCause().toString());
            throw new ImmediateRequeueAmqpException("database out of reach; the report is tried again", cause);
        }
        super.recover(message, cause);
    }

    @Override
    protected Map<String, String> additionalHeaders(Message message, @Nullable Throwable cause) {
        OutcomeConsumer.Refusal refusal = cause == null
                ? new OutcomeConsumer.Refusal("FAILED", "processing failed", "behandlingen misslyckades")
                : OutcomeConsumer.refusal(cause);
        LOG.warn(
                "Outcome report {} parked on {}: {}",
                message.getMessageProperties().getMessageId(),
                topology.deadLetterQueue(),
                refusal.reason());
        return Map.of(
                "x-gvi-reason",
                refusal.reason(),
                "x-gvi-reason-sv",
                refusal.reasonSv(),
                "x-gvi-reason-code",
                refusal.code());
    }
}
