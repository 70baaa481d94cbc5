-- Each version's comma-separated unattributed suspects become rows of incident_unattributed_suspect
-- (V49), in their order; the same statement as db/vendor/h2/V50. A reference never holds a comma
-- (input/Reference).
-- incident_version has row-level security forced (V31), which binds a migrating owner that is no
-- superuser too: without the system scope it would see no version, and the column would be dropped
-- with its values. The setting ends with this migration's transaction.
select set_config('gvi.scope', 'system', true);

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

-- Per site like incident_suspect (V31): a user sees and writes only their own site's rows;
-- retention runs in the system scope. Like incident_suspect, and unlike incident_version, the
-- national scope does not read it: the rows name persons.
alter table incident_unattributed_suspect enable row level security;
alter table incident_unattributed_suspect force row level security;
create policy site_isolation on incident_unattributed_suspect
    using (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system')
    with check (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system');
