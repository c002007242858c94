-- 第36条 asks for an audit "at least once a year": besides the regular audit of each fiscal year (still one, now kept
-- unique through regular_year, which an extra audit leaves empty), the supervising manager may start extra audits
-- (e.g. after a leak) with a reason.
alter table audit drop constraint uq_audit_year;
alter table audit add column kind varchar(10) default 'REGULAR' not null;
alter table audit add column regular_year int;
alter table audit add column start_reason varchar(2000);
update audit set regular_year = audit_year;
alter table audit add constraint uq_audit_regular_year unique (regular_year);
create index idx_audit_year on audit (audit_year);
