-- Every decision records who, when, what and why (REQUIREMENTS §1); security events are recorded too.
create table audit_entry (
  id                  bigint auto_increment primary key,
  occurred_at         datetime(6)   not null,
  actor               varchar(64)   not null,
  action              varchar(60)   not null,
  process_instance_id varchar(64),
  business_key        varchar(255),
  task_id             varchar(64),
  subject             varchar(500),
  reason              varchar(4000),
  detail              varchar(4000)
);
create index idx_audit_process on audit_entry (process_instance_id);
create index idx_audit_occurred on audit_entry (occurred_at);
create index idx_audit_actor on audit_entry (actor);
