-- The staff-council preset per authority: what managers and administrators see of a person's training.
-- An authority without a row has the default (status per person).

create sequence visibility_setting_seq start with 1 increment by 50;
create table visibility_setting (
    id              bigint                   not null primary key,
    version         bigint                   not null,
    authority_id    bigint                   not null references authority (id),
    preset          varchar(30)              not null,
    changed_by_id   bigint                   not null,
    changed_by_name varchar(200)             not null,
    changed_at      timestamp with time zone not null
);
create unique index ux_visibility_setting_authority on visibility_setting (authority_id);
