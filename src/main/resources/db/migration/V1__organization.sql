-- Organization (第2条, 第3–6条): departments, who works where, and who is whose deputy.
-- Users, roles (groups) and passwords live in Camunda's identity tables; these tables add what Camunda lacks.
create table department (
  id        bigint auto_increment primary key,
  code      varchar(40)  not null,
  name_ja   varchar(200) not null,
  name_en   varchar(200) not null,
  -- the information manager of the department's records (第5条), who keeps their ledger entries (第22条)
  information_manager varchar(64),
  constraint uk_department_code unique (code)
);

create table staff_department (
  user_id       varchar(64) not null primary key,
  department_id bigint      not null,
  constraint fk_staff_department foreign key (department_id) references department (id)
);

-- A deputy acts for the principal when the principal is absent (Keio 6: vice-chair) and receives escalations.
create table deputy (
  id                bigint auto_increment primary key,
  principal_user_id varchar(64) not null,
  deputy_user_id    varchar(64) not null,
  valid_from        date,
  valid_to          date,
  constraint uk_deputy unique (principal_user_id, deputy_user_id)
);
create index idx_deputy_principal on deputy (principal_user_id);
