-- Pledges and training (第20条3, 第33条; Keio 4): the confidentiality pledge's texts by version, who signed which
-- version when (staff by user id; a contractor's staff by name and contractor), the training sessions the supervising
-- manager plans (date, topic, materials) and who attended. Long texts are text columns (MariaDB's row size).
create table pledge_text (
  id             bigint auto_increment primary key,
  version        int           not null,
  body           text          not null,
  effective_from date          not null,
  created_by     varchar(64)   not null,
  created_at     datetime(6)   not null,
  constraint uq_pledge_text_version unique (version)
);

create table staff_pledge (
  id             bigint auto_increment primary key,
  user_id        varchar(64),
  person_name    varchar(100)  not null,
  contractor     varchar(200),
  text_version   int           not null,
  signed_on      date          not null,
  recorded_by    varchar(64)   not null,
  recorded_at    datetime(6)   not null
);
create index idx_staff_pledge_user on staff_pledge (user_id);

create table training_session (
  id             bigint auto_increment primary key,
  held_on        date          not null,
  topic          varchar(300)  not null,
  materials      text,
  planned_by     varchar(64)   not null,
  planned_at     datetime(6)   not null,
  attendance_recorded_by varchar(64),
  attendance_recorded_at datetime(6)
);
create index idx_training_session_held on training_session (held_on);

create table training_attendance (
  id             bigint auto_increment primary key,
  session_id     bigint        not null,
  user_id        varchar(64)   not null,
  invited        boolean       not null,
  attended       boolean       not null,
  constraint uq_training_attendance unique (session_id, user_id)
);
create index idx_training_attendance_user on training_attendance (user_id);
