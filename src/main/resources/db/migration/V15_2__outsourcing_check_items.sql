-- 第25条3 (issue #13 item 12): a periodic check records each item checked, its result and its evidence.
ALTER TABLE outsourcing_check ADD COLUMN checked_items VARCHAR(4000);
