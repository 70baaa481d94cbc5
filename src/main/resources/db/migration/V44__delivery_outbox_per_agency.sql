-- An action that agencies carry out together (a lever such as "Polismyndigheten + Socialtjänsten")
-- is delivered to each of them: one outbox row per action and agency, with the action's id as the
-- messageId on every agency's queue.
alter table delivery_outbox drop constraint pk_delivery_outbox;
alter table delivery_outbox add constraint pk_delivery_outbox primary key (id, agency);
