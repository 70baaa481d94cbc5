-- Sites as tenants: each site's decision log is its own hash chain, so an auditor of one site
-- verifies that site's log completely without ever reading another site's entries (row-level
-- security hides them). seq counts per site, gap-free; the chain head is one row per site.
-- Until now every entry carried the single configured site, so the one chain becomes that site's.
create table decision_log_chain (
    site varchar(64) not null,
    seq  bigint      not null,
    hash char(64)    not null,
    constraint pk_decision_log_chain primary key (site)
);

insert into decision_log_chain (site, seq, hash)
select l.site, l.seq, l.hash from decision_log l
 where l.seq = (select h.seq from decision_log_head h where h.id = 1);

alter table decision_log drop constraint pk_decision_log;
alter table decision_log add constraint pk_decision_log primary key (site, seq);

-- The single cross-site head is replaced by decision_log_chain.
drop table decision_log_head;
