-- The relay claims the oldest unsent rows every two seconds. The index of V40 holds every row, sent
-- or not, and its plan is a bitmap scan, which visits the entry of each row sent since the last
-- vacuum again on every claim: 50-100 ms a claim with 80 000 rows sent and not yet vacuumed. This
-- index holds only unsent rows, in the order of the claim, and the ordered scan marks the entry of a
-- row sent in the meantime as dead the first time it meets it: the next claims take 1-2 ms, vacuum
-- or not. H2 has no partial index and keeps the index of V40.
create index ix_delivery_outbox_due on delivery_outbox (created_at, id, agency) where sent_at is null;
drop index ix_delivery_outbox_pending;
