-- Staff language register: CEFR levels per person and language with evidence, the opt-in language pool, and each
-- authority's priority languages.

create sequence language_level_seq start with 1 increment by 50;
create table language_level (
    id             bigint                   not null primary key,
    version        bigint                   not null,
    authority_id   bigint                   not null references authority (id),
    employee_id    bigint                   not null references employee (id),
    language       varchar(12)              not null,
    overall        varchar(2)               not null,
    listening      varchar(2),
    reading        varchar(2),
    speaking       varchar(2),
    writing        varchar(2),
    first_language boolean                  not null,
    evidence       varchar(30)              not null,
    evidence_date  date,
    document       bytea,
    document_type  varchar(40),
    status         varchar(20)              not null,
    verified_by    bigint,
    verified_at    timestamp with time zone,
    updated_at     timestamp with time zone not null
);
create unique index ux_language_level on language_level (employee_id, language);
create index ix_language_level_authority on language_level (authority_id, language);

create table language_pool_member (
    employee_id  bigint                   not null primary key references employee (id),
    authority_id bigint                   not null references authority (id),
    joined_at    timestamp with time zone not null
);

create sequence priority_language_seq start with 1 increment by 50;
create table priority_language (
    id           bigint      not null primary key,
    version      bigint      not null,
    authority_id bigint      not null references authority (id),
    language     varchar(12) not null,
    position     integer     not null
);
create unique index ux_priority_language on priority_language (authority_id, language);
