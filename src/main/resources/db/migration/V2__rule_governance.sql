-- Rule governance (docs/rules.md): every rule-set version that ever served, with its files, so any
-- recommendation can be re-explained against the exact rules that produced it; and the second
-- legal reviewer's approval of a version (four eyes on the policy).

create table rule_set_version (
    site             varchar(64)   not null,
    version          char(64)      not null,
    files            text          not null,
    first_served_at  timestamp with time zone not null,
    first_served_by  varchar(64)   not null,
    constraint pk_rule_set_version primary key (site, version)
);

create table rule_set_approval (
    site         varchar(64)   not null,
    version      char(64)      not null,
    approved_by  varchar(64)   not null,
    approved_at  timestamp with time zone not null,
    constraint pk_rule_set_approval primary key (site, version, approved_by)
);
