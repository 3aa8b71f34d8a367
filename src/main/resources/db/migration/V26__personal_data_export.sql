-- A person's data export (GDPR Art. 15 and 20) while it is built and until it is fetched. The ZIP lives in the
-- database, so any instance of a cluster can hand out what another instance built; it is deleted when it is fetched
-- (once) and, if nobody fetches it, after 24 hours. No foreign keys to employee: erasing a person must not wait for
-- an export of theirs.
create sequence personal_data_export_seq start with 1 increment by 50;
create table personal_data_export (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    authority_id bigint                   not null references authority (id),
    employee_id  bigint                   not null,
    requested_by bigint                   not null,
    status       varchar(20)              not null,
    done_parts   integer                  not null,
    total_parts  integer                  not null,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    file_name    varchar(200)             not null,
    archive      bytea
);
create index ix_personal_data_export_created on personal_data_export (created_at);
