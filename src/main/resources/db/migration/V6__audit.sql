-- The annual audit (第36条): one audit per fiscal year (the unique year keeps a second one out), a self-check per
-- ledger entry (第22条) answered by the entry's information manager, and findings with their corrective actions
-- directed and verified by the supervising manager (第36条2). Keyed by the case's business key.
create table audit (
  id              bigint auto_increment primary key,
  case_key        varchar(255)  not null,
  audit_year      int           not null,
  status          varchar(20)   not null,
  started_by      varchar(64),
  started_at      datetime(6)   not null,
  focus_points    varchar(4000),
  reported_at     datetime(6),
  acknowledged_by varchar(64),
  acknowledged_at datetime(6),
  acknowledge_comment varchar(2000),
  closed_at       datetime(6),
  constraint uq_audit_case unique (case_key),
  constraint uq_audit_year unique (audit_year)
);

-- No foreign key to ledger_entry: an entry disposed of later (第24条) must not take its audit record with it; the
-- self-check keeps the entry's title, department and manager as they were.
create table audit_self_check (
  id                  bigint auto_increment primary key,
  audit_id            bigint        not null,
  ledger_entry_id     bigint        not null,
  entry_title         varchar(500)  not null,
  department_code     varchar(40)   not null,
  information_manager varchar(64)   not null,
  answered_by         varchar(64),
  answered_at         datetime(6),
  challenge_reason    varchar(2000),
  constraint fk_self_check_audit foreign key (audit_id) references audit (id),
  constraint uq_self_check unique (audit_id, ledger_entry_id)
);

-- One answer per check item (storage 第21条, ledger 第22条, retention 第23-24条, pledges 第20条3, training 第33条,
-- contractors 第25条3, taking outside 第20条2).
create table audit_answer (
  self_check_id bigint       not null,
  item          varchar(40)  not null,
  answer        varchar(20)  not null,
  note          varchar(2000),
  primary key (self_check_id, item),
  constraint fk_answer_self_check foreign key (self_check_id) references audit_self_check (id)
);

-- A finding (a confirmed nonconformity) and its corrective action (第36条2).
create table audit_finding (
  id                bigint auto_increment primary key,
  audit_id          bigint        not null,
  self_check_id     bigint        not null,
  item              varchar(40)   not null,
  note              varchar(2000),
  severity          varchar(10),
  root_cause        varchar(2000),
  action_text       varchar(2000),
  action_owner      varchar(64),
  action_due        date,
  status            varchar(20)   not null,
  completion_note   varchar(2000),
  completed_at      datetime(6),
  verified_by       varchar(64),
  verified_at       datetime(6),
  verify_reason     varchar(2000),
  constraint fk_finding_audit foreign key (audit_id) references audit (id),
  constraint fk_finding_self_check foreign key (self_check_id) references audit_self_check (id)
);
create index idx_finding_audit on audit_finding (audit_id);
create index idx_self_check_audit on audit_self_check (audit_id);
