package se.samverkan.gvi.delivery;

import com.rabbitmq.client.Channel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import se.samverkan.gvi.recommendation.ActionOutcome;
import se.samverkan.gvi.recommendation.ActionState;
import se.samverkan.gvi.recommendation.OutcomeRequest;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.SiteScope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Consumes the agencies' outcome reports from {@code gvi.outcomes}
 * (docs/schemas/action-outcome.schema.json) and records each through the same service method as
 * {@code POST /api/v1/recommendations/{id}/actions/{actionId}/outcome}, acting as the system actor
 * {@code agency:<agency code>} of the message's site. A report repeated with the same content (a
 * redelivery) is acknowledged and changes nothing. Every message that cannot be recorded —
 * malformed JSON, a schema violation, an unknown action (or one of another site or agency), a
 * refused outcome — is parked on {@code gvi.outcomes.dlq} with the reason in the headers
 * {@code x-gvi-reason} (English) and {@code x-gvi-reason-sv} (Swedish), and acknowledged: the
 * consumer never stops nor loops on a bad message. A good report that meets a database that is
 * briefly unreachable or busy is not parked: after a pause that doubles per failure in a row
 * ({@code gvi.delivery.retry-backoff} up to {@code max-retry-backoff}) it goes back to the queue
 * and is tried again.
 */
class OutcomeConsumer implements ChannelAwareMessageListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeConsumer.class);
    static final int SCHEMA_VERSION = 1;
    private static final Set<String> FIELDS = Set.of("schemaVersion", "actionId", "recommendationId", "site", "agency",
            "executedOn", "outcome", "note");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Recommendations recommendations;
    private final RabbitTemplate rabbit;
    private final Topology topology;
    private final Validator validator;
    private final GviDeliverySettings settings;
    /** Reports in a row that met a transient database failure; the pause before the next try grows with it. */
    private final AtomicInteger transientFailures = new AtomicInteger();

    OutcomeConsumer(Recommendations recommendations, RabbitTemplate rabbit, Topology topology, Validator validator,
            GviDeliverySettings settings) {
        this.recommendations = recommendations;
        this.rabbit = rabbit;
        this.topology = topology;
        this.validator = validator;
        this.settings = settings;
    }

    /** Why a report was parked, in English and Swedish. */
    record Refusal(String code, String reason, String reasonSv) {
    }

    /** A report that passed the format checks. */
    record OutcomeReport(UUID actionId, UUID recommendationId, String site, String agency, OutcomeRequest outcome) {
    }

    @Override
    public void onMessage(Message message, @Nullable Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        Refusal refusal;
        try {
            refusal = handle(message.getBody());
            transientFailures.set(0);
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                returnToQueue(message, channel, e);
                return;
            }
            LOG.warn("Outcome report {} could not be processed: {}", message.getMessageProperties().getMessageId(),
                    e.toString());
            refusal = new Refusal("FAILED", "processing failed: " + e.getClass().getSimpleName(),
                    "behandlingen misslyckades: " + e.getClass().getSimpleName());
        }
        if (refusal != null && !park(message, refusal)) {
            // Not parked with its reason: the broker dead-letters it to the same queue (x-death), never lost.
            if (channel != null) {
                channel.basicNack(tag, false, false);
            }
            return;
        }
        if (channel != null) {
            channel.basicAck(tag, false);
        }
    }

    /**
     * A failure that says nothing about the report: the database could not be reached, a connection
     * or transaction could not be had, a lock or serialisation conflict. Trying again later can succeed.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** Waits, then gives the report back to the broker, which delivers it again (never lost, never parked). */
    private void returnToQueue(Message message, @Nullable Channel channel, RuntimeException failure) throws IOException {
        Duration wait = settings.backoffAfter(transientFailures.incrementAndGet());
        LOG.warn("Outcome report {} not recorded yet ({}); back to the queue, tried again after {}",
                message.getMessageProperties().getMessageId(), failure.toString(), wait);
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (channel != null) {
            channel.basicNack(message.getMessageProperties().getDeliveryTag(), false, true);
        }
    }

    /** Records one report; null when recorded (or already recorded), else why it was refused. */
    @Nullable
    Refusal handle(byte[] body) {
        JsonNode json;
        try {
            json = OutboxWriter.JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return new Refusal("MALFORMED_JSON", "malformed JSON", "felaktig JSON");
        }
        OutcomeReport report;
        try {
            report = parse(json);
        } catch (IllegalArgumentException e) {
            return new Refusal("SCHEMA_VIOLATION", "schema violation: " + e.getMessage(),
                    "bryter mot meddelandeformatet: " + e.getMessage());
        }
        if (!SiteScope.isSite(report.site())) {
            return unknownAction(report);
        }
        // A report acts for its own site only: its transactions run in that site's scope of row-level security.
        return SiteScope.forSite(report.site(), () -> record(report));
    }

    private @Nullable Refusal record(OutcomeReport report) {
        Optional<ActionState> state = recommendations.actionState(report.site(), report.recommendationId(),
                report.actionId());
        if (state.isEmpty()) {
            return unknownAction(report);
        }
        if (!Topology.agencyCodes(state.get().agency()).contains(report.agency())) {
            return new Refusal("OTHER_AGENCY", "action " + report.actionId() + " is not for agency " + report.agency(),
                    "åtgärd " + report.actionId() + " gäller inte myndigheten " + report.agency());
        }
        if (state.get().hasOutcome(report.outcome())) {
            LOG.info("Outcome report for action {} repeated; already recorded", report.actionId());
            return null;
        }
        Actor agency = new Actor("agency:" + report.agency(), report.site());
        try {
            recommendations.reportOutcome(agency, report.recommendationId(), report.actionId(), report.outcome());
            return null;
        } catch (ConflictException | UnprocessableException | InvalidRequestException | NotFoundException e) {
            return new Refusal("REFUSED", "outcome refused: " + e.getMessage(), "återrapporten avvisades: "
                    + e.getMessage());
        }
    }

    private static Refusal unknownAction(OutcomeReport report) {
        return new Refusal("UNKNOWN_ACTION", "unknown action " + report.actionId() + " in recommendation "
                + report.recommendationId() + " of site " + report.site(), "okänd åtgärd " + report.actionId()
                + " i rekommendation " + report.recommendationId() + " för " + report.site());
    }

    /** The checks of docs/schemas/action-outcome.schema.json, then the HTTP path's bean validation. */
    OutcomeReport parse(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("the message is not a JSON object");
        }
        for (Iterator<String> names = json.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field " + name);
            }
        }
        JsonNode version = json.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || version.asInt() != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion must be " + SCHEMA_VERSION);
        }
        UUID actionId = UUID.fromString(text(json, "actionId", UUID_TEXT));
        UUID recommendationId = UUID.fromString(text(json, "recommendationId", UUID_TEXT));
        String site = text(json, "site", CODE);
        String agency = text(json, "agency", CODE);
        LocalDate executedOn;
        try {
            executedOn = LocalDate.parse(text(json, "executedOn", null));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("executedOn must be a date (YYYY-MM-DD)");
        }
        ActionOutcome outcome;
        try {
            outcome = ActionOutcome.valueOf(text(json, "outcome", null));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outcome must be EXECUTED or NOT_POSSIBLE");
        }
        JsonNode note = json.get("note");
        if (note != null && !note.isNull() && !note.isString()) {
            throw new IllegalArgumentException("note must be a string or null");
        }
        OutcomeRequest request = new OutcomeRequest(executedOn, outcome,
                note == null || note.isNull() ? null : note.asString());
        List<String> problems = new ArrayList<>();
        for (ConstraintViolation<OutcomeRequest> v : validator.validate(request)) {
            problems.add(v.getPropertyPath() + " " + v.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new OutcomeReport(actionId, recommendationId, site, agency, request);
    }

    private static String text(JsonNode json, String field, @Nullable Pattern pattern) {
        JsonNode value = json.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + " is required and must be a string");
        }
        String text = value.asString();
        if (pattern != null && !pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " has the wrong form");
        }
        return text;
    }

    /** Publishes the message with its reason to the dead-letter exchange; true once the broker confirmed it. */
    private boolean park(Message message, Refusal refusal) {
        MessageProperties properties = message.getMessageProperties();
        Map<String, @Nullable Object> headers = properties.getHeaders();
        headers.put("x-gvi-reason", refusal.reason());
        headers.put("x-gvi-reason-sv", refusal.reasonSv());
        headers.put("x-gvi-reason-code", refusal.code());
        LOG.warn("Outcome report {} parked on {}: {}", properties.getMessageId(), topology.deadLetterQueue(),
                refusal.reason());
        try {
            CorrelationData correlation = new CorrelationData();
            rabbit.send(topology.deadLetterExchange(), "", new Message(message.getBody(), properties), correlation);
            CorrelationData.Confirm confirm = correlation.getFuture()
                    .get(settings.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return confirm.ack() && correlation.getReturned() == null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warn("Outcome report {} not parked ({}); the broker dead-letters it", properties.getMessageId(),
                    e.toString());
            return false;
        }
    }
}
