-- A new purpose's number is the highest of its category plus one (第17条's list, PurposeRepository.maxSortOrder):
-- without this index every filing read the whole registry, a cost that grew with every purpose ever filed (issue 18).
create index idx_purpose_category_order on purpose (category, sort_order);
