-- Amending the regulation (第37条; Keio 6, 41): the proposal, the committee's members when it was proposed, the
-- rule the vote was counted by and the count; one ballot row per member (one vote each, server-side).
create table amendment (
  id               bigint auto_increment primary key,
  case_key         varchar(64)    not null,
  title            varchar(500)   not null,
  changed_articles varchar(4000)  not null,
  policy_text      varchar(4000),
  proposed_by      varchar(64)    not null,
  proposed_at      datetime(6)    not null,
  voting_rule      varchar(40)    not null,
  members          int            not null,
  votes_for        int,
  votes_against    int,
  abstentions      int,
  adopted          boolean,
  counted_at       datetime(6),
  effective_on     date,
  enacted_by       varchar(64),
  constraint uq_amendment_case unique (case_key)
);
create table amendment_ballot (
  id           bigint auto_increment primary key,
  amendment_id bigint        not null,
  voter        varchar(64)   not null,
  task_id      varchar(64),
  vote         varchar(16),
  voted_at     datetime(6),
  constraint fk_amendment_ballot foreign key (amendment_id) references amendment (id),
  constraint uq_amendment_ballot unique (amendment_id, voter)
);
-- The director's basic policy (第3条2) as published: each adopted amendment that changes it adds a version.
create table policy_version (
  id            bigint auto_increment primary key,
  version_no    int            not null,
  policy_text   varchar(4000)  not null,
  effective_on  date           not null,
  amendment_key varchar(64)    not null,
  adopted_at    datetime(6)    not null,
  constraint uq_policy_version unique (version_no)
);
