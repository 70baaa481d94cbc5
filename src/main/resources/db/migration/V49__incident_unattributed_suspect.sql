-- The suspects in no attributed group, as the engine listed them for an incident version: one row
-- per person in the engine's order, instead of a comma-separated text column of incident_version.
-- The rows of existing versions move here in V50, per database (PostgreSQL reads them in the
-- system scope of its row-level security), which also drops the old column.
create table incident_unattributed_suspect (
    site       varchar(64) not null,
    reference  varchar(64) not null,
    version    int         not null,
    ord        int         not null,
    person_ref varchar(64) not null,
    constraint pk_incident_unattributed_suspect primary key (site, reference, version, ord),
    constraint fk_incident_unattributed_suspect_version foreign key (site, reference, version)
        references incident_version (site, reference, version)
);
