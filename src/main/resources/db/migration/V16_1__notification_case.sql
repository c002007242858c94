-- Issue #17 (daily use): a notification knows its case, so that it links to the case page and notices can be
-- grouped per case. Null for notices about no case (a contractor's registry entry, a security event).
alter table notification add column process_instance_id varchar(64);
create index idx_notification_case on notification (recipient, process_instance_id);
