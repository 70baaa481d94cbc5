-- H2 has no row-level security. The embedded default keeps the sites apart in the application
-- (every query filters by the signed-in user's site); PostgreSQL adds row-level security as a
-- second line (db/vendor/postgresql/V31). This version keeps both databases at the same number.
comment on table decision_log_chain is 'Per-site head of the decision log hash chain.';
