-- Rules are per site (rules/sites/<site>): each site's rule-set history, approvals and active
-- version are that site's own, isolated like every other table with a site column (V31). A legal
-- reviewer reads and changes only their own site's; start-up adoption and the sync that follows
-- another instance's reload run in the system scope.
do
$$
declare
    t text;
begin
    foreach t in array array['rule_set_version', 'rule_set_approval', 'rule_set_active']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy site_isolation on %I using (site = current_setting(''gvi.site'', true)'
                       ' or current_setting(''gvi.scope'', true) = ''system'')'
                       ' with check (site = current_setting(''gvi.site'', true)'
                       ' or current_setting(''gvi.scope'', true) = ''system'')', t);
    end loop;
end
$$;
