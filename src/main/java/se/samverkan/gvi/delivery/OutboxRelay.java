package se.samverkan.gvi.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.security.SiteScope;

/**
 * Publishes pending outbox rows to the agencies' queues. Each run claims a batch of due rows in one
 * transaction (rows another instance holds are skipped), publishes them as persistent messages, and
 * marks a row sent only after the broker confirmed it (and did not return it as unroutable). A row
 * the broker did not take gets its next attempt after a growing backoff; no row is ever dropped.
 * Delivery is at least once: a crash between the confirm and the commit publishes the row again,
 * with the same {@code messageId}.
 */
@Component
@ConditionalOnBooleanProperty(name = "gvi.delivery.enabled", matchIfMissing = true)
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final RabbitTemplate rabbit;
    private final AmqpAdmin admin;
    private final TransactionTemplate transactions;
    private final GviDeliverySettings settings;
    private final Topology topology;
    private final Clock clock;
    private final Set<String> declaredAgencies = ConcurrentHashMap.newKeySet();
    private volatile boolean brokerDown;

    OutboxRelay(
            Outbox outbox,
            RabbitTemplate rabbit,
            AmqpAdmin admin,
            TransactionTemplate transactions,
            GviDeliverySettings settings,
            Topology topology,
            Clock clock) {
        this.outbox = outbox;
        this.rabbit = rabbit;
        this.admin = admin;
        this.transactions = transactions;
        this.settings = settings;
        this.topology = topology;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${gvi.delivery.relay-interval:PT2S}",
            initialDelayString = "${gvi.delivery.relay-interval:PT2S}")
    void relay() {
        try {
            while (relayOnce() == settings.batchSize()) {
                // a full batch: more rows may be due at once
            }
        } catch (RuntimeException e) {
            // The database may be unavailable for a moment; the next run tries again.
            LOG.warn("Delivery relay run failed: {}", e.toString());
        }
    }

    /**
     * One run: claims, publishes and marks up to a batch of due rows.
     *
     * @return the number of rows claimed (sent or scheduled for a retry)
     */
    int relayOnce() {
        // The relay serves every site: its transactions run in the system scope of row-level security.
        Integer claimed = SiteScope.system(() -> transactions.execute(status -> {
            List<Outbox.Row> rows = outbox.claimDue(clock.instant(), settings.batchSize());
            if (!rows.isEmpty()) {
                publish(rows);
            }
            return rows.size();
        }));
        return claimed == null ? 0 : claimed;
    }

    private void publish(List<Outbox.Row> rows) {
        List<CorrelationData> confirms = new ArrayList<>();
        int published = 0;
        @Nullable String failure = null;
        try {
            for (Outbox.Row row : rows) {
                declareQueueOf(row.agency());
                CorrelationData correlation = new CorrelationData(row.id() + "/" + row.agency());
                rabbit.send(topology.actionsExchange(), row.agency(), message(row), correlation);
                confirms.add(correlation);
                published++;
            }
        } catch (AmqpException e) {
            failure = "broker not reachable: " + e.getMessage();
            declaredAgencies.clear();
        }
        List<Outbox.Row> sentRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Outbox.Row row = rows.get(i);
            String error = i < published ? confirmed(confirms.get(i)) : failure;
            if (error == null) {
                sentRows.add(row);
            } else {
                outbox.markFailed(row, clock.instant().plus(settings.backoffAfter(row.attempts() + 1)), error);
            }
        }
        outbox.markSent(sentRows, clock.instant());
        int sent = sentRows.size();
        if (sent < rows.size()) {
            if (!brokerDown) {
                LOG.warn(
                        "Delivery: {} of {} messages not confirmed by the broker ({}); they wait and are retried",
                        rows.size() - sent,
                        rows.size(),
                        failure != null ? failure : "no confirm");
            }
            brokerDown = true;
        } else if (brokerDown) {
            LOG.info("Delivery: the broker confirms messages again");
            brokerDown = false;
        }
    }

    /** Null when the broker confirmed the message and routed it to a queue, else what went wrong. */
    private @Nullable String confirmed(CorrelationData correlation) {
        try {
            CorrelationData.Confirm confirm =
                    correlation.getFuture().get(settings.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                return "broker refused the message: " + confirm.reason();
            }
            if (correlation.getReturned() != null) {
                declaredAgencies.clear();
                return "message returned as unroutable: "
                        + correlation.getReturned().getReplyText();
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for the confirm";
        } catch (Exception e) {
            return "no confirm within " + settings.confirmTimeout() + ": " + e;
        }
    }

    private void declareQueueOf(String agency) {
        if (declaredAgencies.contains(agency)) {
            return;
        }
        DirectExchange exchange = new DirectExchange(topology.actionsExchange(), true, false);
        Queue queue = QueueBuilder.durable(topology.agencyQueue(agency)).build();
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with(agency));
        declaredAgencies.add(agency);
    }

    private static Message message(Outbox.Row row) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(row.id().toString());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(ApprovedActionMessage.TYPE);
        properties.setAppId("gvi");
        properties.setTimestamp(new Date());
        properties.setHeader("x-gvi-site", row.site());
        properties.setHeader("x-gvi-schema-version", ApprovedActionMessage.SCHEMA_VERSION);
        return new Message(row.payload().getBytes(StandardCharsets.UTF_8), properties);
    }
}
