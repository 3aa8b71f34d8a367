-- Certificates per employee with their archived PDF, the per-authority template, in-app notices, and ShedLock.

create sequence certificate_template_seq start with 1 increment by 50;
create table certificate_template (
    id            bigint       not null primary key,
    version       bigint       not null,
    authority_id  bigint       not null references authority (id),
    logo          bytea,
    logo_type     varchar(40),
    signer_name   varchar(200) not null,
    signer_role   varchar(200) not null,
    accent_colour varchar(7)   not null
);
create unique index ux_certificate_template_authority on certificate_template (authority_id);

create sequence certificate_seq start with 1 increment by 50;
create table certificate (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    authority_id      bigint                   not null references authority (id),
    employee_id       bigint                   not null references employee (id),
    holder_name       varchar(200)             not null,
    number            varchar(40)              not null,
    code              varchar(40)              not null,
    source_kind       varchar(20)              not null,
    source_id         bigint,
    source_key        varchar(80),
    completed_at      timestamp with time zone,
    title_de          varchar(200)             not null,
    title_en          varchar(200)             not null,
    description_de    varchar(1000),
    description_en    varchar(1000),
    provider          varchar(200),
    completed_on      date                     not null,
    minutes           integer                  not null,
    valid_until       date,
    language          varchar(2)               not null,
    pdf               bytea                    not null,
    issued_at         timestamp with time zone not null,
    issued_by         bigint,
    revoked_at        timestamp with time zone,
    revoked_by        bigint,
    revoked_reason    varchar(1000),
    reminded_at       timestamp with time zone
);
create unique index ux_certificate_number on certificate (number);
create unique index ux_certificate_code on certificate (code);
-- Once per completion: the same completion never yields a second certificate.
create unique index ux_certificate_completion on certificate (employee_id, source_kind, source_id, completed_at);
create index ix_certificate_authority on certificate (authority_id, employee_id);
create index ix_certificate_valid_until on certificate (valid_until);

create sequence notice_seq start with 1 increment by 50;
create table notice (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    authority_id bigint                   not null references authority (id),
    recipient_id bigint                   not null references employee (id),
    message_key  varchar(120)             not null,
    arguments    varchar(2000)            not null,
    link         varchar(300),
    dedupe_key   varchar(200)             not null,
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    mailed_at    timestamp with time zone
);
create unique index ux_notice_dedupe on notice (recipient_id, dedupe_key);
create index ix_notice_recipient on notice (recipient_id, created_at);

create table shedlock (
    name       varchar(64)              not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255)             not null
);

-- People may turn the daily e-mail digest off; in-app notices stay.
alter table employee add column email_digest boolean default true not null;
