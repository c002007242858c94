-- Patients' requests (第19条2, 第27-32条; Keio 17, 25-32): one row per request received at the desk (第30条) with
-- the requester and the documents seen by type (第32条2, no copies), the decision with its ground (第27条2,
-- 第28条2, 第29条), the fee (第31条) and its payment; one row per ledger entry concerned with its information
-- manager's investigation and what was carried out; the reply letters as PDFs, reprintable.
create table patient_request (
  id                    bigint auto_increment primary key,
  case_key              varchar(255)  not null,
  process_instance_id   varchar(64)   not null,
  kind                  varchar(20)   not null,
  status                varchar(20)   not null,
  received_on           date          not null,
  received_via          varchar(20)   not null,
  patient_number        varchar(20)   not null,
  patient_name          varchar(100)  not null,
  patient_birth_date    date          not null,
  requested_data        varchar(1000) not null,
  request_detail        varchar(2000),
  disclosure_method     varchar(20),
  requester_type        varchar(30)   not null,
  requester_name        varchar(100),
  requester_relation    varchar(100),
  agent_kind            varchar(20),
  documents_seen        varchar(200)  not null,
  patient_able_to_judge varchar(10),
  registered_by         varchar(64)   not null,
  registered_at         datetime(6)   not null,
  due_at                datetime(6)   not null,
  outcome               varchar(20),
  ground                varchar(30),
  decision_reason       varchar(2000),
  replacing_measure     varchar(1000),
  decided_by            varchar(64),
  decided_at            datetime(6),
  fee_table             varchar(50),
  fee_total             bigint,
  fee_detail            varchar(1000),
  fee_paid_at           datetime(6),
  fee_recorded_by       varchar(64),
  receipt_number        varchar(50),
  closed_at             datetime(6),
  closing_note          varchar(1000),
  constraint uq_patient_request_case unique (case_key)
);
create index idx_patient_request_status on patient_request (status);
create index idx_patient_request_due on patient_request (due_at);

create table patient_request_entry (
  id                    bigint auto_increment primary key,
  request_id            bigint        not null,
  ledger_entry_id       bigint        not null,
  entry_title           varchar(255)  not null,
  department_code       varchar(50)   not null,
  information_manager   varchar(64)   not null,
  data_found            varchar(10),
  opinion               varchar(2000),
  pages                 int,
  discs                 int,
  doctor_name           varchar(100),
  harm_risk             varchar(20),
  doctor_opinion        varchar(2000),
  answered_by           varchar(64),
  answered_at           datetime(6),
  change_made           varchar(2000),
  carried_out_by        varchar(64),
  carried_out_at        datetime(6),
  constraint fk_request_entry foreign key (request_id) references patient_request (id),
  constraint uq_request_entry unique (request_id, ledger_entry_id)
);

create table patient_request_letter (
  id                    bigint auto_increment primary key,
  request_id            bigint        not null,
  template              varchar(100)  not null,
  created_at            datetime(6)   not null,
  pdf                   longblob      not null,
  constraint fk_request_letter foreign key (request_id) references patient_request (id)
);

-- Every view of patient data, by whom, when, of which case, from where and through which channel (app or REST);
-- appended, never changed.
create table patient_data_access (
  id                    bigint auto_increment primary key,
  accessed_at           datetime(6)   not null,
  user_id               varchar(64)   not null,
  case_key              varchar(255)  not null,
  what                  varchar(100)  not null,
  remote_address        varchar(64),
  channel               varchar(10)   not null
);
create index idx_patient_data_access_case on patient_data_access (case_key);
