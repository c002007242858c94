-- Failed logins by account and by address (ADR 0026), shared by every node (ADR 0034): a guesser spreading attempts
-- over the nodes meets the same lock. Times in epoch milliseconds (UTC); a row is forgotten after forget-after.
create table login_failure (
  kind         varchar(10)  not null,
  name         varchar(255) not null,
  failures     int          not null,
  last_failed  bigint       not null,
  locked_until bigint,
  constraint login_failure_pk primary key (kind, name)
);
create index login_failure_last on login_failure (last_failed);
