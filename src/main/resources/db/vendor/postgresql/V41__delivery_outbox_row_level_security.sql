-- The delivery outbox holds person refs in its messages, so it is isolated like every other table
-- with a site column (V31): a transaction sees and writes only its own site's rows. The relay that
-- publishes every site's rows runs in the system scope (never available to a request).
alter table delivery_outbox enable row level security;
alter table delivery_outbox force row level security;
create policy site_isolation on delivery_outbox
    using (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system')
    with check (site = current_setting('gvi.site', true) or current_setting('gvi.scope', true) = 'system');
