-- Issue #12 item 2 (ADR 0025): the second factor of the privileged roles.
-- Passkeys: the tables of Spring Security's JdbcPublicKeyCredentialUserEntityRepository and JdbcUserCredentialRepository
-- (org/springframework/security/user-entities-schema.sql, user-credentials-schema.sql), written for both H2 and
-- MariaDB: datetime(6) instead of timestamp (MariaDB's first timestamp column would update itself on every write),
-- and keys short enough for an utf8mb4 index (3072 bytes). A user handle is 32 random bytes (43 characters); a
-- credential id of an authenticator is at most a few hundred characters in base64url.
create table user_entities (
  id           varchar(255)  not null,
  name         varchar(100)  not null,
  display_name varchar(200),
  primary key (id)
);
create unique index uq_user_entities_name on user_entities (name);

create table user_credentials (
  credential_id                varchar(700)  not null,
  user_entity_user_id          varchar(255)  not null,
  public_key                   blob          not null,
  signature_count              bigint,
  uv_initialized               boolean,
  backup_eligible              boolean       not null,
  authenticator_transports     varchar(1000),
  public_key_credential_type   varchar(100),
  backup_state                 boolean       not null,
  attestation_object           blob,
  attestation_client_data_json blob,
  created                      datetime(6),
  last_used                    datetime(6),
  label                        varchar(1000) not null,
  primary key (credential_id)
);
create index idx_user_credentials_user on user_credentials (user_entity_user_id);

-- Personal API tokens for /engine-rest: only the SHA-256 of the token is kept; the token is shown once.
create table api_token (
  id           bigint auto_increment primary key,
  user_id      varchar(64)   not null,
  label        varchar(200)  not null,
  token_hash   varchar(64)   not null,
  created_at   datetime(6)   not null,
  last_used_at datetime(6),
  revoked_at   datetime(6),
  revoked_by   varchar(64)
);
create unique index uq_api_token_hash on api_token (token_hash);
create index idx_api_token_user on api_token (user_id);
