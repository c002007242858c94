-- Leak incidents (第34–35条; APPI 2022): the report, the response headquarters, the reports to the Personal
-- Information Protection Commission (速報・確報) with their statutory deadlines, the action log and the recurrence
-- prevention measures. Keyed by the case's business key.
create table incident (
  id                        bigint auto_increment primary key,
  case_key                  varchar(255)  not null,
  process_instance_id       varchar(64),
  status                    varchar(20)   not null,
  incident_type             varchar(20)   not null,
  certainty                 varchar(20)   not null,
  reported_by               varchar(64)   not null,
  reported_at               datetime(6)   not null,
  aware_at                  datetime(6)   not null,
  what_happened             varchar(2000) not null,
  data_items                varchar(2000),
  person_count              int,
  special_categories        varchar(500),
  medium                    varchar(20),
  cause                     varchar(2000),
  contained                 varchar(20),
  head_user                 varchar(64),
  deputy_user               varchar(64),
  hq_set_up_at              datetime(6),
  reportable                boolean,
  reportability_reason      varchar(500),
  final_report_days         int,
  preliminary_due_at        datetime(6),
  final_due_at              datetime(6),
  preliminary_submitted_at  datetime(6),
  final_submitted_at        datetime(6),
  preliminary_overdue       boolean       default false not null,
  final_overdue             boolean       default false not null,
  downgraded_by             varchar(64),
  downgraded_at             datetime(6),
  downgrade_reason          varchar(2000),
  closed_by                 varchar(64),
  closed_at                 datetime(6),
  final_record              varchar(2000),
  constraint uq_incident_case unique (case_key)
);
create index idx_incident_status on incident (status);

-- Every action on the incident, for the board (who, when, what).
create table incident_log (
  id          bigint auto_increment primary key,
  incident_id bigint        not null,
  at          datetime(6)   not null,
  actor       varchar(64),
  action      varchar(60)   not null,
  detail      varchar(4000),
  constraint fk_incident_log foreign key (incident_id) references incident (id)
);
create index idx_incident_log on incident_log (incident_id);

-- A report to the PPC (kind PRELIMINARY = 速報, FINAL = 確報) with the nine items of the rules (規則第8条); 1,500
-- characters each keep the row within MariaDB's 65,535-byte limit in utf8mb4.
create table incident_ppc_report (
  id                   bigint auto_increment primary key,
  incident_id          bigint        not null,
  kind                 varchar(20)   not null,
  summary              varchar(1500),
  data_items           varchar(1500),
  persons              varchar(1500),
  cause                varchar(1500),
  secondary_damage     varchar(1500),
  response_to_persons  varchar(1500),
  publication          varchar(1500),
  prevention           varchar(1500),
  other_matters        varchar(1500),
  submitted_by         varchar(64)   not null,
  submitted_at         datetime(6)   not null,
  constraint fk_ppc_report_incident foreign key (incident_id) references incident (id),
  constraint uq_ppc_report unique (incident_id, kind)
);

-- Recurrence prevention measures, each with its owner and due date.
create table incident_measure (
  id          bigint auto_increment primary key,
  incident_id bigint        not null,
  measure     varchar(2000) not null,
  owner       varchar(64)   not null,
  due_date    date          not null,
  constraint fk_measure_incident foreign key (incident_id) references incident (id)
);
create index idx_incident_measure on incident_measure (incident_id);
