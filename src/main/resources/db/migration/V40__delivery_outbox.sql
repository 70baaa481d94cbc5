-- Delivery of approved actions to the agencies (transactional outbox). A row is written in the same
-- transaction as the coordinator's decision that approved the action, and a relay publishes it to
-- the agency's RabbitMQ queue; it is marked sent only after the broker confirmed the message.
create table delivery_outbox (
    -- the approved action's id: the message's idempotency key (AMQP messageId and actionId in the body)
    id                uuid                     not null,
    site              varchar(64)              not null,
    recommendation_id uuid                     not null,
    -- the agency code, the routing key of exchange gvi.actions (e.g. polismyndigheten)
    agency            varchar(64)              not null,
    -- the message body (docs/schemas/approved-action.schema.json), fixed when the action was approved
    payload           varchar(20000)           not null,
    created_at        timestamp with time zone not null,
    attempts          int                      not null,
    next_attempt_at   timestamp with time zone not null,
    sent_at           timestamp with time zone,
    last_error        varchar(500),
    constraint pk_delivery_outbox primary key (id)
);
create index ix_delivery_outbox_pending on delivery_outbox (sent_at, next_attempt_at);
