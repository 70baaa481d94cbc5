-- Each version's comma-separated unattributed suspects become rows of incident_unattributed_suspect
-- (V49), in their order; the same statement as db/vendor/postgresql/V50, which first has to enter
-- the system scope of its row-level security. A reference never holds a comma (input/Reference).
insert into incident_unattributed_suspect (site, reference, version, ord, person_ref)
with recursive part (site, reference, version, ord, person_ref, rest) as (
    select site, reference, version, -1, cast(null as varchar(64)), cast(unattributed_suspects || ',' as varchar(2001))
      from incident_version
     where unattributed_suspects <> ''
    union all
    select site, reference, version, ord + 1,
           cast(substring(rest from 1 for position(',' in rest) - 1) as varchar(64)),
           cast(substring(rest from position(',' in rest) + 1) as varchar(2001))
      from part
     where rest <> ''
)
select site, reference, version, ord, person_ref from part where ord >= 0;

alter table incident_version drop column unattributed_suspects;
