-- Issue #17 item 10 (ADR 0032): notifications and the incident board's log keep a message key and its arguments
-- beside the Japanese words, so that each reader sees them in their own language. Rows written before have no key
-- and keep showing the words they were stored with.
alter table notification add column title_key varchar(200);
alter table notification add column title_args varchar(4000);
alter table notification add column body_key varchar(200);
alter table notification add column body_args varchar(4000);
alter table incident_log add column detail_key varchar(200);
alter table incident_log add column detail_args varchar(4000);
