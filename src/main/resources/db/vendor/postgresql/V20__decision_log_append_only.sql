-- The decision log is append-only (docs/security.md, EU AI Act art. 12): no connection may change or remove
-- an entry. The trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner and superusers
-- included (only ALTER TABLE ... DISABLE TRIGGER, which needs ownership, gets around it, and the
-- chain verification then names the changed entry). The chain head (decision_log_head) stays
-- updatable: every append moves it.
create or replace function decision_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'decision_log is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger decision_log_append_only
    before update or delete on decision_log
    for each row execute function decision_log_refuse_change();

create trigger decision_log_no_truncate
    before truncate on decision_log
    for each statement execute function decision_log_refuse_change();

comment on table decision_log is 'Append-only, hash-chained decision log; UPDATE, DELETE and TRUNCATE are refused by trigger.';

-- Production runs the migrations as the schema owner and the service as the role gvi_app (README,
-- "Database roles"). Where that role exists it may only read and append log entries.
do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'gvi_app') then
        revoke update, delete, truncate on decision_log from gvi_app;
        grant select, insert on decision_log to gvi_app;
        grant select, update on decision_log_head to gvi_app;
    end if;
end
$$;
