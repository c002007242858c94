-- The members the head of an incident's headquarters names besides himself and the deputy (第35条): they read the
-- case's content (need to know, docs/security.md) and see its board. Removing a member deletes the row; who added
-- and removed whom, and when, is in incident_log.
create table incident_member (
  id          bigint auto_increment primary key,
  incident_id bigint        not null,
  user_id     varchar(64)   not null,
  added_by    varchar(64)   not null,
  added_at    datetime(6)   not null,
  constraint fk_incident_member foreign key (incident_id) references incident (id),
  constraint uq_incident_member unique (incident_id, user_id)
);
create index idx_incident_member_user on incident_member (user_id);
