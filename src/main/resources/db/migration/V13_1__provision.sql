-- Third-party provision (第26条; Keio 10-11, 23-25; APPI 29-30条): the consents given on 別紙3 and their changes
-- and withdrawals on 別紙4, patients' objections to listed purposes (000 *1-*3) and the 次世代医療基盤法 opt-out
-- (001), the record of every provision (one per case) with the patients it concerned, and the records of data
-- received from other providers.
create table provision_consent (
  id                   bigint auto_increment primary key,
  patient_number       varchar(40)   not null,
  patient_name         varchar(200),
  scope                varchar(2000) not null,
  recipient            varchar(300)  not null,
  valid_from           date          not null,
  valid_until          date,
  minor                boolean       default false not null,
  birth_date           date,
  representative       varchar(200),
  own_consent          boolean       default false not null,
  status               varchar(20)   not null,
  recorded_by          varchar(64)   not null,
  recorded_at          datetime(6)   not null,
  withdrawn_by         varchar(64),
  withdrawn_at         datetime(6)
);
create index idx_consent_patient on provision_consent (patient_number);
create index idx_consent_status on provision_consent (status);

-- 別紙4: every change of a consent, dated and by whom (the login); a partial withdrawal narrows the scope.
create table provision_consent_change (
  id                   bigint auto_increment primary key,
  consent_id           bigint        not null,
  kind                 varchar(20)   not null,
  scope_before         varchar(2000),
  scope_after          varchar(2000),
  note                 varchar(2000),
  changed_by           varchar(64)   not null,
  changed_at           datetime(6)   not null,
  constraint fk_consent_change foreign key (consent_id) references provision_consent (id)
);
create index idx_consent_change on provision_consent_change (consent_id);

create table provision_objection (
  id                   bigint auto_increment primary key,
  patient_number       varchar(40)   not null,
  kind                 varchar(30)   not null,
  note                 varchar(2000),
  recorded_by          varchar(64)   not null,
  recorded_at          datetime(6)   not null,
  withdrawn_by         varchar(64),
  withdrawn_at         datetime(6)
);
create index idx_objection_patient on provision_objection (patient_number);

create table provision_record (
  id                   bigint auto_increment primary key,
  case_key             varchar(255)  not null,
  provided_on          date          not null,
  recipient            varchar(300)  not null,
  recipient_kind       varchar(30)   not null,
  patient_numbers      varchar(2000) not null,
  data_items           varchar(2000) not null,
  ledger_entries       varchar(500),
  reason               varchar(2000) not null,
  basis                varchar(20)   not null,
  purpose_code         varchar(60),
  consent_id           bigint,
  exception_ground     varchar(30),
  measures             varchar(2000),
  approved_by          varchar(64),
  confirmed_by         varchar(64)   not null,
  filed_by             varchar(64)   not null,
  recorded_at          datetime(6)   not null,
  retain_until         date          not null,
  status               varchar(20)   not null,
  stopped_by           varchar(64),
  stopped_at           datetime(6),
  stop_reason          varchar(2000),
  deletion_requested   boolean       default false not null,
  constraint uq_provision_record_case unique (case_key)
);
create index idx_provision_record_on on provision_record (provided_on);
create index idx_provision_record_basis on provision_record (basis);

create table provision_record_patient (
  record_id            bigint        not null,
  patient_number       varchar(40)   not null,
  primary key (record_id, patient_number),
  constraint fk_record_patient foreign key (record_id) references provision_record (id)
);
create index idx_record_patient on provision_record_patient (patient_number);

create table provision_receipt (
  id                   bigint auto_increment primary key,
  received_on          date          not null,
  provider             varchar(300)  not null,
  provider_address     varchar(500),
  how_obtained         varchar(2000) not null,
  patient_numbers      varchar(2000) not null,
  data_items           varchar(2000) not null,
  recorded_by          varchar(64)   not null,
  recorded_at          datetime(6)   not null,
  retain_until         date          not null
);
create index idx_provision_receipt_on on provision_receipt (received_on);
