-- Escalation (GVI-14) and impact analysis look up, for each of a group's standing enforcements,
-- whether its incident was retracted. Retracted incidents are few: a partial index keeps that
-- anti-join an index probe whatever the planner's statistics say (measured: 79 ms -> 0.1 ms per
-- group with 10 000 stored incidents right after a bulk load, before autovacuum had analysed them).
create index ix_incident_retracted on incident (site, reference) where status = 'RETRACTED';
