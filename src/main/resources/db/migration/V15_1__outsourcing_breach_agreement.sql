-- 第25条4 (issue #13 item 11): the information manager decides the measures in consultation with the supervising
-- manager, whose agreement is recorded here. (MariaDB's 64 KB row limit: the notes stay at 1000 characters.)
ALTER TABLE outsourcing_breach ADD COLUMN agreed_by VARCHAR(64);
ALTER TABLE outsourcing_breach ADD COLUMN agreed_at DATETIME(6);
ALTER TABLE outsourcing_breach ADD COLUMN agreement_notes VARCHAR(1000);
