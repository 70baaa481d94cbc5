-- Sites as tenants, enforced a second time by PostgreSQL: every table with a site column shows and
-- accepts only the rows of the site the transaction runs for. The service sets, per transaction
-- (set_config(..., true), SiteTransactionManager):
--   gvi.site  = the signed-in user's site, or '' when there is none;
--   gvi.scope = 'system'   for jobs without a signed-in user (retention, rule-version sync): every
--                          site's rows; code grants it only on threads that serve no request;
--               'national' for the aggregated national figures: SELECT on the incident and
--                          recommendation tables only (no persons, groups, call-ins or log);
--               ''         otherwise.
-- and switches to the role gvi_app (SET LOCAL ROLE), because superusers and roles with BYPASSRLS
-- are never subject to row-level security; FORCE makes it apply to the table owner too.
-- A query that forgets the site therefore returns no other site's rows, and with no site set it
-- returns nothing.

-- The application role: cluster-wide, so created once for every schema (and test schema) that
-- shares the cluster; a concurrent migration in another schema may create it at the same moment.
do
$$
begin
    if not exists (select 1 from pg_roles where rolname = 'gvi_app') then
        begin
            create role gvi_app nologin nosuperuser nobypassrls;
        exception when duplicate_object or unique_violation then
            null;
        end;
    end if;
    -- The migrating role must be able to SET ROLE gvi_app (superusers always can).
    if not exists (select 1 from pg_roles where rolname = current_user and rolsuper) then
        begin
            execute format('grant gvi_app to %I', current_user);
        exception when others then
            raise notice 'could not grant gvi_app to %: the service must connect as gvi_app itself', current_user;
        end;
    end if;
end
$$;

do
$$
begin
    execute format('grant usage on schema %I to gvi_app', current_schema());
    execute format('grant select, insert, update, delete on all tables in schema %I to gvi_app', current_schema());
    execute format('grant usage, select on all sequences in schema %I to gvi_app', current_schema());
    -- Tables of later migrations (run by the same owner) get the same grants.
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to gvi_app',
                   current_schema());
    execute format('alter default privileges in schema %I grant usage, select on sequences to gvi_app',
                   current_schema());
end
$$;

-- The decision log stays append-only for the application (the V20 trigger refuses changes for
-- every role besides): read and append entries, move the site's chain head.
revoke update, delete, truncate on decision_log from gvi_app;
grant select, insert on decision_log to gvi_app;
revoke delete, truncate on decision_log_chain from gvi_app;

-- Row-level security on every table with a site column. The rule-set history tables
-- (rule_set_version, rule_set_approval, rule_set_active) are left out on purpose: they hold no
-- personal data, and the one shared rule folder's history is kept under the default site and read
-- by every site's reviewers until rule folders are per site.
do
$$
declare
    t text;
begin
    foreach t in array array['person', 'gvi_group', 'group_rival', 'group_audit', 'group_audit_member', 'call_in',
                             'call_in_attendee', 'call_in_speaker', 'custom_notification', 'incident',
                             'incident_version', 'incident_attribution', 'incident_suspect', 'sanction_round',
                             'recommendation', 'recommendation_action', 'recommendation_exclusion',
                             'recommendation_decision', 'decision_log', 'decision_log_chain']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy site_isolation on %I using (site = current_setting(''gvi.site'', true)'
                       ' or current_setting(''gvi.scope'', true) = ''system'')'
                       ' with check (site = current_setting(''gvi.site'', true)'
                       ' or current_setting(''gvi.scope'', true) = ''system'')', t);
    end loop;
    foreach t in array array['incident', 'incident_version', 'recommendation', 'recommendation_action',
                             'recommendation_decision']
    loop
        execute format('create policy national_figures on %I for select'
                       ' using (current_setting(''gvi.scope'', true) = ''national'')', t);
    end loop;
end
$$;

-- The fired rules of a recommendation carry no site of their own: they are visible exactly when
-- their recommendation is (the subquery is itself subject to the recommendation's policy).
alter table recommendation_fired_rule enable row level security;
alter table recommendation_fired_rule force row level security;
create policy site_isolation on recommendation_fired_rule
    using (exists (select 1 from recommendation r where r.id = recommendation_id))
    with check (exists (select 1 from recommendation r where r.id = recommendation_id));
