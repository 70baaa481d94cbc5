-- The delivered promises are per site like the call-ins that delivered them, and isolated the same
-- way (V31): a legal reviewer's reload compares only their own site's; the start-up record of
-- earlier call-ins runs in the system scope.
alter table delivered_promise enable row level security;
alter table delivered_promise force row level security;
create policy site_isolation on delivered_promise
    using (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system')
    with check (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system');
