-- A promise delivered to a group at a call-in is frozen: only its validTo may still be set. The
-- content of each promise as it was first delivered (everything but validTo, in a canonical form)
-- is recorded per site in the call-in's own transaction, so a reload or an impact run can compare
-- the folder's promise with what the groups were told, on every instance. Call-ins stored before
-- this table existed are recorded when the service starts, from the rule set that serves then.
create table delivered_promise (
    site                varchar(64)  not null,
    promise_id          varchar(64)  not null,
    content_sha256      char(64)     not null,
    content             text         not null,
    first_call_in_id    uuid         not null,
    first_group_ref     varchar(64)  not null,
    first_delivered_on  date         not null,
    recorded_at         timestamp with time zone not null,
    constraint pk_delivered_promise primary key (site, promise_id)
);
