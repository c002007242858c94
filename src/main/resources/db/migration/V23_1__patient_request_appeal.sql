-- Appeal and review of a patient's request (Keio 32): the latest appeal against the decision, registered by the desk,
-- and its review by someone who did not decide (the committee or the total manager, per the institution profile).
-- Every appeal is also in the audit trail; long texts are text columns (MariaDB's row size).
alter table patient_request add column appeal_received_on date;
alter table patient_request add column appeal_reason text;
alter table patient_request add column appeal_registered_by varchar(64);
alter table patient_request add column appeal_outcome varchar(20);
alter table patient_request add column appeal_review_reason text;
alter table patient_request add column appeal_reviewed_by varchar(64);
alter table patient_request add column appeal_reviewed_at datetime(6);
alter table patient_request add column appeal_count int not null default 0;
