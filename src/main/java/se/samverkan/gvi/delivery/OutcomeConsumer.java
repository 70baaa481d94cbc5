package se.samverkan.gvi.delivery;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
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
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Consumes the agencies' outcome reports from {@code gvi.outcomes}
 * (docs/schemas/action-outcome.schema.json) and records each through the same service method as
 * {@code POST /api/v1/recommendations/{id}/actions/{actionId}/outcome}, acting as the system actor
 * {@code agency:<agency code>} of the message's site. A report repeated with the same content (a
 * redelivery) is acknowledged and changes nothing.
 *
 * <p>The listener container ({@link DeliveryConfiguration#outcomeListenerFactory}) binds the body to
 * an {@link OutcomeMessage}; what cannot be recorded — malformed JSON, a schema violation, an
 * unknown action (or one of another site or agency), a refused outcome — ends in a
 * {@link ReportRefused} or a conversion failure, which {@link ParkingRecoverer} parks on
 * {@code gvi.outcomes.dlq} with the reason of {@link #refusal(Throwable)}. A report that meets a
 * database briefly unreachable or busy ({@link #isTransient}) is retried by the container's retry
 * advice with exponential back-off, and never parked.
 */
class OutcomeConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeConsumer.class);
    static final String LISTENER_ID = "gvi.outcomes";

    private final Recommendations recommendations;
    private final Validator validator;

    OutcomeConsumer(Recommendations recommendations, Validator validator) {
        this.recommendations = recommendations;
        this.validator = validator;
    }

    /** Why a report was parked, in English and Swedish. */
    record Refusal(String code, String reason, String reasonSv) {}

    /** A report that passed the format checks. */
    record OutcomeReport(UUID actionId, UUID recommendationId, String site, String agency, OutcomeRequest outcome) {}

    /** A report that cannot be recorded, and why; parked, never tried again. */
    static final class ReportRefused extends AmqpRejectAndDontRequeueException {

        private final transient Refusal refusal;

        ReportRefused(Refusal refusal) {
            super(refusal.reason());
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    /** Records one report (or finds it already recorded); throws {@link ReportRefused} when it cannot be. */
    @RabbitListener(
            id = LISTENER_ID,
            queues = "${gvi.delivery.prefix:}gvi.outcomes",
            containerFactory = "outcomeListenerFactory")
    void receive(OutcomeMessage message) {
        OutcomeReport report = check(message);
        if (!SiteScope.isSite(report.site())) {
            throw new ReportRefused(unknownAction(report));
        }
        // A report acts for its own site only: its transactions run in that site's scope of row-level security.
        Refusal refusal = SiteScope.forSite(report.site(), () -> record(report));
        if (refusal != null) {
            throw new ReportRefused(refusal);
        }
    }

    /**
     * A failure that says nothing about the report: the database could not be reached, a connection
     * or transaction could not be had, a lock or serialisation conflict. Trying again later can succeed.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /** Why the listener failed on a report, as parked with it. */
    static Refusal refusal(Throwable failure) {
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReportRefused refused) {
                return refused.refusal();
            }
            if (t instanceof StreamReadException) {
                return new Refusal("MALFORMED_JSON", "malformed JSON", "felaktig JSON");
            }
            if (t instanceof DatabindException bind) {
                String problem = schemaProblem(bind);
                return new Refusal(
                        "SCHEMA_VIOLATION",
                        "schema violation: " + problem,
                        "bryter mot meddelandeformatet: " + problem);
            }
            if (t instanceof JacksonException) {
                return new Refusal("MALFORMED_JSON", "malformed JSON", "felaktig JSON");
            }
            if (cause instanceof ListenerExecutionFailedException && t.getCause() != null) {
                cause = t.getCause();
            }
        }
        LOG.warn("Outcome report could not be processed: {}", cause.toString());
        return new Refusal(
                "FAILED",
                "processing failed: " + cause.getClass().getSimpleName(),
                "behandlingen misslyckades: " + cause.getClass().getSimpleName());
    }

    /** The field the binding failed on and what was wrong, without the offending value. */
    private static String schemaProblem(DatabindException failure) {
        String field =
                failure.getPath().isEmpty() ? null : failure.getPath().get(0).getPropertyName();
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + unknown.getPropertyName();
        }
        if (field == null) {
            return "the message is not a JSON object of the outcome format";
        }
        String message = failure.getOriginalMessage();
        if (message != null && message.contains("Missing required creator property")) {
            return field + " is required";
        }
        return field + " is missing or has the wrong type or value";
    }

    /** The schema's patterns and the HTTP path's bean validation, on a report Jackson could bind. */
    OutcomeReport check(OutcomeMessage message) {
        List<String> problems = new ArrayList<>();
        for (ConstraintViolation<OutcomeMessage> v : validator.validate(message)) {
            problems.add(v.getPropertyPath() + " " + v.getMessage());
        }
        if (!problems.isEmpty()) {
            throw schemaViolation(String.join("; ", problems.stream().sorted().toList()));
        }
        LocalDate executedOn;
        try {
            executedOn = LocalDate.parse(message.executedOn());
        } catch (DateTimeParseException e) {
            throw schemaViolation("executedOn must be a date (YYYY-MM-DD)");
        }
        OutcomeRequest request = new OutcomeRequest(executedOn, message.outcome(), message.note());
        for (ConstraintViolation<OutcomeRequest> v : validator.validate(request)) {
            problems.add(v.getPropertyPath() + " " + v.getMessage());
        }
        if (!problems.isEmpty()) {
            throw schemaViolation(String.join("; ", problems));
        }
        return new OutcomeReport(
                UUID.fromString(message.actionId()),
                UUID.fromString(message.recommendationId()),
                message.site(),
                message.agency(),
                request);
    }

    private static ReportRefused schemaViolation(String problem) {
        return new ReportRefused(new Refusal(
                "SCHEMA_VIOLATION", "schema violation: " + problem, "bryter mot meddelandeformatet: " + problem));
    }

    private @Nullable Refusal record(OutcomeReport report) {
        Optional<ActionState> state =
                recommendations.actionState(report.site(), report.recommendationId(), report.actionId());
        if (state.isEmpty()) {
            return unknownAction(report);
        }
        if (!Topology.agencyCodes(state.get().agency()).contains(report.agency())) {
            return new Refusal(
                    "OTHER_AGENCY",
                    "action " + report.actionId() + " is not for agency " + report.agency(),
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
            return new Refusal(
                    "REFUSED", "outcome refused: " + e.getMessage(), "återrapporten avvisades: " + e.getMessage());
        }
    }

    private static Refusal unknownAction(OutcomeReport report) {
        return new Refusal(
                "UNKNOWN_ACTION",
                "unknown action " + report.actionId() + " in recommendation " + report.recommendationId() + " of site "
                        + report.site(),
                "okänd åtgärd " + report.actionId() + " i rekommendation " + report.recommendationId() + " för "
                        + report.site());
    }
}
