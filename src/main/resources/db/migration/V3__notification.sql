-- In-app notifications; the e-mail copy's fate is kept on the row so that nothing is lost silently.
create table notification (
  id          bigint auto_increment primary key,
  recipient   varchar(64)   not null,
  created_at  datetime(6)   not null,
  title       varchar(500)  not null,
  body        varchar(4000),
  link        varchar(500),
  read_at     datetime(6),
  mail_status varchar(20)   not null
);
create index idx_notification_recipient on notification (recipient, read_at);
