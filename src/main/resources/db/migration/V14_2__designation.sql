-- Designations (第4–7条): who was named supervising manager, information manager of a set of records, handler, or
-- member of the 個人情報保護部会; from when, by whom, why; ended rather than deleted, so the history stays.
create table designation (
  id          bigint auto_increment primary key,
  kind        varchar(40)   not null,
  user_id     varchar(64)   not null,
  scope       varchar(64),
  valid_from  date          not null,
  decided_by  varchar(64)   not null,
  reason      varchar(2000),
  ended_on    date,
  ended_by    varchar(64),
  end_reason  varchar(2000),
  recorded_at datetime(6)   not null
);
create index idx_designation_kind on designation (kind, ended_on);
