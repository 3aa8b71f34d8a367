-- Provisioning through SCIM 2.0 (issue 15): bearer tokens per authority for the identity provider's SCIM client, and
-- the provider's own id of an account (SCIM externalId).

create sequence scim_token_seq start with 1 increment by 50;
create table scim_token (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    authority_id bigint                   not null references authority (id),
    -- SHA-256 of the token, hex: the token itself is shown once and never stored.
    token_hash   varchar(64)              not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(60)              not null,
    last_used_at timestamp with time zone
);
create unique index ux_scim_token_hash on scim_token (token_hash);
create index ix_scim_token_authority on scim_token (authority_id);

alter table employee add column scim_external_id varchar(255);
