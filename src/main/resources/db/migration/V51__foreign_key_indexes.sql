-- Every foreign key gets an index that leads with its columns, so that reading a parent's rows, and
-- deleting a parent, never scans the whole child table (ForeignKeyIndexTests holds this).
-- The one that mattered: a group's page and its sanction rounds read each round's recommendations
-- by sanction_round_id, a scan of every recommendation of every site without this index. On the
-- national data set (66 000 recommendations) that was 50-110 ms a group page, where the page's other
-- statements took about 5 ms together.
create index ix_recommendation_round on recommendation (sanction_round_id);
create index ix_call_in_group on call_in (site, group_ref);
create index ix_sanction_round_group on sanction_round (site, group_ref, opened_at);
create index ix_group_audit_member_person on group_audit_member (site, person_ref);
create index ix_call_in_attendee_person on call_in_attendee (site, person_ref);
create index ix_custom_notification_person on custom_notification (site, person_ref);
