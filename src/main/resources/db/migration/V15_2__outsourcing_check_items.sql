-- 第25条3 (issue #13 item 12): a periodic check records each item checked, its result and its evidence (one line
-- per item; five items of at most 300 characters of evidence each).
ALTER TABLE outsourcing_check ADD COLUMN checked_items VARCHAR(2000);
