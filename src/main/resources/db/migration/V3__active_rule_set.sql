-- Which rule-set version serves, per site, shared by every instance of the service (docs/operations.md:
-- the active rule-set version may not live only in one instance's memory). A reload on one
-- instance changes this row; the others follow within gvi.rules.sync-interval.
create table rule_set_active (
    site          varchar(64)   not null,
    version       char(64)      not null,
    activated_at  timestamp with time zone not null,
    activated_by  varchar(64)   not null,
    constraint pk_rule_set_active primary key (site)
);
