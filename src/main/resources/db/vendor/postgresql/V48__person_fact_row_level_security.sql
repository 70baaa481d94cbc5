-- A person's facts are per site like the person (V31): a user sees and writes only their own site's;
-- retention and the reload's count of facts in use run in the system scope.
alter table person_fact enable row level security;
alter table person_fact force row level security;
create policy site_isolation on person_fact
    using (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system')
    with check (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system');
