-- Language targets per job role, e.g. front office: English B1 speaking.

create sequence language_target_seq start with 1 increment by 50;
create table language_target (
    id            bigint      not null primary key,
    version       bigint      not null,
    authority_id  bigint      not null references authority (id),
    job_role_code varchar(40) not null,
    language      varchar(12) not null,
    skill         varchar(20),
    level         varchar(2)  not null
);
create unique index ux_language_target on language_target (authority_id, job_role_code, language, skill);
