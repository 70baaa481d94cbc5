-- GVI decision core: schema that runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Every row carries the site (municipality) it belongs to. Free text columns are length-limited.

create table person (
    site                  varchar(64)  not null,
    ref                   varchar(64)  not null,
    birth_date            date         not null,
    under_supervision     boolean      not null,
    unserved_sentence     boolean      not null,
    outstanding_warrant   boolean      not null,
    enforcement_debt      boolean      not null,
    registered_vehicle    boolean      not null,
    prior_violent_offence boolean      not null,
    in_custody            boolean      not null,
    support_accepted      boolean      not null,
    updated_at            timestamp with time zone not null,
    updated_by            varchar(64)  not null,
    constraint pk_person primary key (site, ref)
);

create table gvi_group (
    site       varchar(64)  not null,
    ref        varchar(64)  not null,
    name       varchar(200) not null,
    area       varchar(200) not null,
    created_at timestamp with time zone not null,
    constraint pk_gvi_group primary key (site, ref)
);

create table group_rival (
    site      varchar(64) not null,
    group_ref varchar(64) not null,
    ord       int         not null,
    rival_ref varchar(64) not null,
    constraint pk_group_rival primary key (site, group_ref, ord),
    constraint fk_group_rival_group foreign key (site, group_ref) references gvi_group (site, ref)
);

create table group_audit (
    id          uuid         not null,
    site        varchar(64)  not null,
    group_ref   varchar(64)  not null,
    version     int          not null,
    mapped_on   date         not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64)  not null,
    constraint pk_group_audit primary key (id),
    constraint uq_group_audit_version unique (site, group_ref, version),
    constraint fk_group_audit_group foreign key (site, group_ref) references gvi_group (site, ref)
);

create table group_audit_member (
    audit_id   uuid        not null,
    site       varchar(64) not null,
    ord        int         not null,
    person_ref varchar(64) not null,
    joined_on  date        not null,
    exited_on  date,
    constraint pk_group_audit_member primary key (audit_id, person_ref),
    constraint fk_group_audit_member_audit foreign key (audit_id) references group_audit (id),
    constraint fk_group_audit_member_person foreign key (site, person_ref) references person (site, ref)
);

create table call_in (
    id          uuid        not null,
    site        varchar(64) not null,
    group_ref   varchar(64) not null,
    held_on     date        not null,
    promise_id  varchar(64) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64) not null,
    constraint pk_call_in primary key (id),
    constraint fk_call_in_group foreign key (site, group_ref) references gvi_group (site, ref)
);

create table call_in_attendee (
    call_in_id uuid        not null,
    site       varchar(64) not null,
    ord        int         not null,
    person_ref varchar(64) not null,
    constraint pk_call_in_attendee primary key (call_in_id, person_ref),
    constraint fk_call_in_attendee_call_in foreign key (call_in_id) references call_in (id),
    constraint fk_call_in_attendee_person foreign key (site, person_ref) references person (site, ref)
);

create table call_in_speaker (
    call_in_id   uuid         not null,
    site         varchar(64)  not null,
    ord          int          not null,
    speaker_role varchar(32)  not null,
    name         varchar(200),
    constraint pk_call_in_speaker primary key (call_in_id, ord),
    constraint fk_call_in_speaker_call_in foreign key (call_in_id) references call_in (id)
);

create table custom_notification (
    call_in_id   uuid        not null,
    site         varchar(64) not null,
    ord          int         not null,
    person_ref   varchar(64) not null,
    delivered_on date        not null,
    constraint pk_custom_notification primary key (call_in_id, ord),
    constraint fk_custom_notification_call_in foreign key (call_in_id) references call_in (id),
    constraint fk_custom_notification_person foreign key (site, person_ref) references person (site, ref)
);

-- One row per reported incident; the reference (police case number) is unique per site, so a
-- concurrent duplicate report is refused by the database, never stored twice.
create table incident (
    site              varchar(64)   not null,
    reference         varchar(64)   not null,
    status            varchar(16)   not null,
    current_version   int           not null,
    created_at        timestamp with time zone not null,
    retracted_at      timestamp with time zone,
    retracted_by      varchar(64),
    retraction_reason varchar(2000),
    constraint pk_incident primary key (site, reference),
    constraint ck_incident_status check (status in ('ACTIVE', 'RETRACTED'))
);

create table incident_version (
    site            varchar(64)   not null,
    reference       varchar(64)   not null,
    version         int           not null,
    incident_type   varchar(32)   not null,
    occurred_at     timestamp with time zone not null,
    occurred_offset int           not null,
    incident_date   date          not null,
    area            varchar(200),
    summary         varchar(2000),
    reported_at     timestamp with time zone not null,
    reported_by     varchar(64)   not null,
    -- suspects in no attributed group, as the engine listed them (comma-separated person refs)
    unattributed_suspects varchar(2000) not null,
    constraint pk_incident_version primary key (site, reference, version),
    constraint fk_incident_version_incident foreign key (site, reference) references incident (site, reference)
);

create table incident_attribution (
    site        varchar(64) not null,
    reference   varchar(64) not null,
    version     int         not null,
    ord         int         not null,
    group_ref   varchar(64) not null,
    group_role  varchar(16) not null,
    confidence  varchar(16) not null,
    constraint pk_incident_attribution primary key (site, reference, version, ord),
    constraint uq_incident_attribution_group unique (site, reference, version, group_ref),
    constraint fk_incident_attribution_version foreign key (site, reference, version)
        references incident_version (site, reference, version)
);

create table incident_suspect (
    site       varchar(64) not null,
    reference  varchar(64) not null,
    version    int         not null,
    ord        int         not null,
    person_ref varchar(64) not null,
    constraint pk_incident_suspect primary key (site, reference, version, ord),
    constraint fk_incident_suspect_version foreign key (site, reference, version)
        references incident_version (site, reference, version)
);

create table sanction_round (
    id                 uuid          not null,
    site               varchar(64)   not null,
    group_ref          varchar(64)   not null,
    opened_at          timestamp with time zone not null,
    closed_at          timestamp with time zone,
    closed_by          varchar(64),
    effect_review      varchar(4000),
    constraint pk_sanction_round primary key (id),
    constraint fk_sanction_round_group foreign key (site, group_ref) references gvi_group (site, ref)
);

create table recommendation (
    id                 uuid          not null,
    site               varchar(64)   not null,
    incident_reference varchar(64)   not null,
    incident_version   int           not null,
    incident_date      date          not null,
    group_ref          varchar(64)   not null,
    outcome            varchar(32)   not null,
    priority           varchar(16)   not null,
    summary            varchar(2000) not null,
    promise_id         varchar(64),
    rule_set_version   char(64)      not null,
    reported_at        timestamp with time zone not null,
    created_at         timestamp with time zone not null,
    due_by             timestamp with time zone,
    status             varchar(32)   not null,
    needs_review       boolean       not null,
    sanction_round_id  uuid,
    constraint pk_recommendation primary key (id),
    constraint uq_recommendation_group unique (site, incident_reference, incident_version, group_ref),
    constraint fk_recommendation_version foreign key (site, incident_reference, incident_version)
        references incident_version (site, reference, version),
    constraint fk_recommendation_round foreign key (sanction_round_id) references sanction_round (id)
);
create index ix_recommendation_group on recommendation (site, group_ref, outcome, status);
create index ix_recommendation_due on recommendation (site, due_by);

create table recommendation_action (
    id                uuid          not null,
    recommendation_id uuid          not null,
    site              varchar(64)   not null,
    ord               int           not null,
    person_ref        varchar(64)   not null,
    lever             varchar(64)   not null,
    agency            varchar(200)  not null,
    sanction          boolean       not null,
    legal_basis       varchar(1000) not null,
    promise_clause    varchar(1000),
    due_by            timestamp with time zone,
    rule_id           varchar(32)   not null,
    explanation       varchar(2000) not null,
    status            varchar(16)   not null,
    executed_on       date,
    outcome_note      varchar(2000),
    outcome_by        varchar(64),
    outcome_at        timestamp with time zone,
    constraint pk_recommendation_action primary key (id),
    constraint fk_recommendation_action_recommendation foreign key (recommendation_id) references recommendation (id)
);
create index ix_recommendation_action_recommendation on recommendation_action (recommendation_id, ord);
create index ix_recommendation_action_status on recommendation_action (site, status, due_by);

create table recommendation_exclusion (
    recommendation_id uuid          not null,
    site              varchar(64)   not null,
    ord               int           not null,
    person_ref        varchar(64)   not null,
    lever             varchar(64),
    reason            varchar(32)   not null,
    rule_id           varchar(32)   not null,
    legal_basis       varchar(1000) not null,
    explanation       varchar(2000) not null,
    constraint pk_recommendation_exclusion primary key (recommendation_id, ord),
    constraint fk_recommendation_exclusion_recommendation foreign key (recommendation_id) references recommendation (id)
);

create table recommendation_fired_rule (
    recommendation_id uuid        not null,
    ord               int         not null,
    rule_id           varchar(32) not null,
    constraint pk_recommendation_fired_rule primary key (recommendation_id, ord),
    constraint fk_recommendation_fired_rule_recommendation foreign key (recommendation_id) references recommendation (id)
);

create table recommendation_decision (
    recommendation_id uuid          not null,
    site              varchar(64)   not null,
    decision          varchar(32)   not null,
    reason            varchar(2000),
    decided_by        varchar(64)   not null,
    decided_at        timestamp with time zone not null,
    constraint pk_recommendation_decision primary key (recommendation_id),
    constraint fk_recommendation_decision_recommendation foreign key (recommendation_id) references recommendation (id)
);

-- The decision log: append-only, hash-chained. The single head row is locked by every append so
-- the chain never forks when several requests (or instances) write at once.
create table decision_log (
    seq              bigint        not null,
    site             varchar(64)   not null,
    at               timestamp with time zone not null,
    actor            varchar(64)   not null,
    action           varchar(64)   not null,
    subject          varchar(200)  not null,
    rule_set_version char(64),
    payload_hash     char(64)      not null,
    prev_hash        char(64)      not null,
    hash             char(64)      not null,
    constraint pk_decision_log primary key (seq)
);

create table decision_log_head (
    id   int      not null,
    seq  bigint   not null,
    hash char(64) not null,
    constraint pk_decision_log_head primary key (id),
    constraint ck_decision_log_head_single check (id = 1)
);
insert into decision_log_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
