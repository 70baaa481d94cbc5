package se.samverkan.gvi.delivery;

import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.recommendation.ActionsApproved;

/**
 * The body of a message to an agency: one approved action (docs/schemas/approved-action.schema.json,
 * schemaVersion 1). Times are ISO-8601 instants in UTC. {@code actionId} is the idempotency key and
 * equals the AMQP {@code messageId}.
 */
record ApprovedActionMessage(
        int schemaVersion,
        String actionId,
        String site,
        String recommendationId,
        String incidentReference,
        int incidentVersion,
        String groupRef,
        String personRef,
        String lever,
        boolean sanction,
        String agency,
        String agencyName,
        String legalBasis,
        @Nullable String promiseClause,
        @Nullable String dueBy,
        String decision,
        String decidedBy,
        String decidedAt,
        String ruleSetVersion) {

    static final int SCHEMA_VERSION = 1;
    static final String TYPE = "gvi.approved-action.v1";

    /** The message of an action to one of the agencies that carry it out ({@link Topology#agencyCodes}). */
    static ApprovedActionMessage of(ActionsApproved approved, ActionsApproved.ApprovedAction action, String agency) {
        return new ApprovedActionMessage(
                SCHEMA_VERSION,
                action.id().toString(),
                approved.site(),
                approved.recommendationId().toString(),
                approved.incidentReference(),
                approved.incidentVersion(),
                approved.groupRef(),
                action.personRef(),
                action.lever(),
                action.sanction(),
                agency,
                action.agency(),
                action.legalBasis(),
                action.promiseClause(),
                action.dueBy() == null ? null : action.dueBy().toString(),
                approved.decision().name(),
                approved.decidedBy(),
                approved.decidedAt().toString(),
                approved.ruleSetVersion());
    }
}
