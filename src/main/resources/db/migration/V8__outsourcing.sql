-- Outsourcing (第9条, 第25条; Keio 21-22): the contractor registry. A contractor with its responsible person for
-- safe management (第25条2(2)ロ); each entrustment is a contract keyed by the case's business key, with its due
-- diligence (interview 第25条2(1), confirmation-document clauses 第25条2(2)), the total manager's consent, the term,
-- pledges of the contractor's staff (第20条3), the periodic and follow-up checks (第25条3), breaches and their
-- measures (第25条4) and the re-outsourcing requests (Keio 22).
create table outsourcing_contractor (
  id                   bigint auto_increment primary key,
  name                 varchar(300)  not null,
  address              varchar(500),
  responsible_person   varchar(200),
  status               varchar(20)   not null,
  created_at           datetime(6)   not null,
  updated_at           datetime(6)   not null,
  constraint uq_contractor_name unique (name)
);
create index idx_contractor_status on outsourcing_contractor (status);

create table outsourcing_contract (
  id                   bigint auto_increment primary key,
  case_key             varchar(255)  not null,
  contractor_id        bigint        not null,
  status               varchar(20)   not null,
  services             varchar(2000) not null,
  data_items           varchar(2000) not null,
  data_volume          varchar(500)  not null,
  data_flow            varchar(2000) not null,
  planned_term         varchar(200)  not null,
  filed_by             varchar(64)   not null,
  filed_at             datetime(6)   not null,
  interview_on         date,
  interview_attendees  varchar(1000),
  interview_findings   varchar(4000),
  interview_conforms   varchar(10),
  document_ref         varchar(500),
  clauses              varchar(500),
  decided_by           varchar(64),
  decided_at           datetime(6),
  decision_reason      varchar(2000),
  signed_on            date,
  term_start           date,
  term_end             date,
  renewal              varchar(20),
  check_interval       varchar(20),
  next_check_opens     date,
  next_check_due       date,
  ended_at             datetime(6),
  constraint uq_contract_case unique (case_key),
  constraint fk_contract_contractor foreign key (contractor_id) references outsourcing_contractor (id)
);
create index idx_contract_contractor on outsourcing_contract (contractor_id);
create index idx_contract_check_due on outsourcing_contract (status, next_check_due);

-- 別紙12 秘密保持に関する誓約書, one per member of the contractor's staff who handles the data (第20条3).
create table outsourcing_pledge (
  id                   bigint auto_increment primary key,
  contract_id          bigint        not null,
  signer               varchar(200)  not null,
  received_on          date          not null,
  recorded_by          varchar(64)   not null,
  constraint fk_pledge_contract foreign key (contract_id) references outsourcing_contract (id)
);
create index idx_pledge_contract on outsourcing_pledge (contract_id);

-- Periodic confirmations (第25条3) and the follow-up checks after a breach's measures (第25条4).
create table outsourcing_check (
  id                   bigint auto_increment primary key,
  contract_id          bigint        not null,
  kind                 varchar(20)   not null,
  due_on               date,
  checked_by           varchar(64)   not null,
  checked_at           datetime(6)   not null,
  result               varchar(20)   not null,
  notes                varchar(4000),
  case_key             varchar(255),
  constraint fk_check_contract foreign key (contract_id) references outsourcing_contract (id)
);
create index idx_check_contract on outsourcing_check (contract_id);

create table outsourcing_breach (
  id                   bigint auto_increment primary key,
  case_key             varchar(255)  not null,
  contract_id          bigint        not null,
  found_on             date          not null,
  description          varchar(4000) not null,
  reported_by          varchar(64)   not null,
  reported_at          datetime(6)   not null,
  consultation         varchar(4000),
  measure              varchar(20),
  measure_reason       varchar(2000),
  decided_by           varchar(64),
  decided_at           datetime(6),
  follow_up_on         date,
  contractor_explanation varchar(4000),
  status               varchar(20)   not null,
  constraint uq_breach_case unique (case_key),
  constraint fk_breach_contract foreign key (contract_id) references outsourcing_contract (id)
);
create index idx_breach_contract on outsourcing_breach (contract_id);

-- Keio 22: no re-outsourcing without the hospital's prior permission.
create table outsourcing_subcontract (
  id                   bigint auto_increment primary key,
  case_key             varchar(255)  not null,
  contract_id          bigint        not null,
  subcontractor        varchar(300)  not null,
  scope                varchar(2000) not null,
  safeguards           varchar(2000),
  requested_by         varchar(64)   not null,
  requested_at         datetime(6)   not null,
  status               varchar(20)   not null,
  decided_by           varchar(64),
  decided_at           datetime(6),
  decision_reason      varchar(2000),
  constraint uq_subcontract_case unique (case_key),
  constraint fk_subcontract_contract foreign key (contract_id) references outsourcing_contract (id)
);
create index idx_subcontract_contract on outsourcing_subcontract (contract_id);
