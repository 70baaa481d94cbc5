-- The embedded H2 database is for a single demonstrating user and has no PL/pgSQL: triggers there
-- would need Java classes on the migration class path. The append-only guard is PostgreSQL's
-- (db/vendor/postgresql/V20); here the version only keeps both databases at the same number, and
-- GET /api/v1/audit/verify still detects any change to an entry.
comment on table decision_log is 'Append-only, hash-chained decision log (enforced by trigger on PostgreSQL only).';
