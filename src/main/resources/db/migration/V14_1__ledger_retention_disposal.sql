-- Retention (第23条) as a structured value instead of free text, the disposal method (第24条) as one of the
-- regulation's methods, the entry's state (a draft until both are decided), copies linked to their original
-- (第22条2), and the record of each disposal or extension (第24条; Keio 37).
alter table ledger_entry add column retention_years integer;
alter table ledger_entry add column retention_from varchar(20);
alter table ledger_entry add column retention_from_date date;
alter table ledger_entry add column retention_permanent boolean default false not null;
alter table ledger_entry add column retention_ground varchar(500);
alter table ledger_entry add column retain_until date;
alter table ledger_entry add column status varchar(20) default 'DRAFT' not null;
alter table ledger_entry add column copy_of_id bigint;
alter table ledger_entry add column disposal_case_key varchar(255);
alter table ledger_entry add constraint fk_ledger_copy_of foreign key (copy_of_id) references ledger_entry (id);

-- the old free text: "永年/永久保存" is permanent (the text is kept as its ground, to be checked by the supervising
-- manager); "N年" is N years from the entry's creation; anything else stays undecided (the entry becomes a draft)
update ledger_entry set retention_permanent = true, retention_ground = retention_period
  where retention_period like '%永%';
update ledger_entry set retention_years = cast(regexp_replace(retention_period, '[^0-9]', '') as integer),
  retention_from = 'CREATED', retention_from_date = cast(created_at as date)
  where retention_period not like '%永%' and retention_period like '%年%'
    and length(regexp_replace(retention_period, '[^0-9]', '')) between 1 and 2;
update ledger_entry set retain_until = timestampadd(YEAR, retention_years, retention_from_date)
  where retention_years is not null;

-- the old free text of the method, by its words; anything else stays undecided
update ledger_entry set disposal_method = case
    when disposal_method like '%溶解%' then 'DISSOLVING'
    when disposal_method like '%消去%' or disposal_method like '%電子%' then 'WIPE_AND_DESTROY'
    when disposal_method like '%裁断%' or disposal_method like '%シュレッダ%' then 'SHREDDING'
    when disposal_method like '%破砕%' or disposal_method like '%破壊%' or disposal_method like '%焼却%'
      then 'PHYSICAL_DESTRUCTION'
    else null end;

update ledger_entry set status = 'ACTIVE'
  where disposal_method is not null and (retention_years is not null or retention_permanent = true);
alter table ledger_entry drop column retention_period;
create index idx_ledger_retain_until on ledger_entry (status, retain_until);

create table ledger_disposal (
  id              bigint auto_increment primary key,
  entry_id        bigint        not null,
  case_key        varchar(255),
  outcome         varchar(20)   not null,
  method          varchar(40),
  disposed_on     date,
  contractor_id   bigint,
  contractor_name varchar(500),
  certificate_no  varchar(200),
  performed_by    varchar(64)   not null,
  approved_by     varchar(64),
  reason          varchar(2000),
  previous_until  date,
  new_until       date,
  recorded_at     datetime(6)   not null,
  constraint fk_disposal_entry foreign key (entry_id) references ledger_entry (id),
  constraint fk_disposal_contractor foreign key (contractor_id) references outsourcing_contractor (id)
);
create index idx_disposal_entry on ledger_disposal (entry_id);
