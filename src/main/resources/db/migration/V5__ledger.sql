-- The personal-information ledger (個人情報取扱台帳, 第22条): every set of personal information with its content,
-- department, information manager (第5条), storage place and method (第21条), retention (第23条) and disposal
-- method (第24条). A copy is a new entry (第22条2).
create table ledger_entry (
  id                  bigint auto_increment primary key,
  title               varchar(500)  not null,
  department_code     varchar(40)   not null,
  information_manager varchar(64)   not null,
  data_items          varchar(2000),
  data_subjects       varchar(1000),
  collection_method   varchar(1000),
  storage_place       varchar(500),
  storage_method      varchar(500),
  retention_period    varchar(200),
  disposal_method     varchar(200),
  special_categories  varchar(500),
  purpose_id          bigint,
  case_key            varchar(255),
  created_at          datetime(6)   not null,
  updated_at          datetime(6)   not null,
  constraint fk_ledger_purpose foreign key (purpose_id) references purpose (id)
);
create index idx_ledger_manager on ledger_entry (information_manager);
create index idx_ledger_department on ledger_entry (department_code);
