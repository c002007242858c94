-- A task done reads every recipient's notice about it (a role's members): found by the link, not by a scan of all
-- notices.
create index idx_notification_link on notification (link);
