-- Who looked at or exported whose records: one row per person concerned, readable by that person and by the
-- authority's administrators. Names are copied at the time, as in the audit log, so entries read the same later.
create sequence access_entry_seq start with 1 increment by 50;
create table access_entry (
    id           bigint                   not null primary key,
    accessed_at  timestamp with time zone not null,
    authority_id bigint                   not null,
    actor_id     bigint                   not null,
    actor        varchar(200)             not null,
    subject_id   bigint                   not null,
    subject      varchar(200),
    kind         varchar(40)              not null,
    what         varchar(200)
);
create index ix_access_entry_subject on access_entry (subject_id, accessed_at);
create index ix_access_entry_authority on access_entry (authority_id, accessed_at);
