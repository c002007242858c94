-- Issue #17 item 8 (notifications without noise): how each person wants the e-mail copies of their notices,
-- at once or in one daily digest. No row means at once. Urgent notices (a leak report, PPC deadlines) are always
-- mailed at once, whatever the row says.
create table notification_preference (
  user_id    varchar(64) primary key,
  delivery   varchar(20) not null,
  updated_at datetime(6) not null
);
