-- 第36条2: a nonconformity is corrected before the audit closes, or carried over only by the director's explicit
-- decision with a due date; the carried-over action becomes a corrective action of the next regular audit.
alter table audit_finding add column carry_over_due date;
alter table audit_finding add column carry_over_decided_by varchar(64);
alter table audit_finding add column carry_over_decided_at datetime(6);
alter table audit_finding add column carry_over_decision_reason varchar(2000);
-- on the next audit's copy: the finding it continues; on the original: the audit that took it over
alter table audit_finding add column carried_from_finding_id bigint;
alter table audit_finding add column carried_into_audit_id bigint;
create index idx_finding_status on audit_finding (status);
