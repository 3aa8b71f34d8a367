-- The pages every public body must have, per authority: the privacy notice (GDPR Art. 13) and the accessibility
-- statement (BITV 2.0, EU 2016/2102), and the accessibility feedback that visitors send. An authority without a
-- notice or statement row shows the default template, filled with its name.

create sequence privacy_notice_seq start with 1 increment by 50;
create table privacy_notice (
    id               bigint                   not null primary key,
    version          bigint                   not null,
    authority_id     bigint                   not null references authority (id),
    contact_address  varchar(1000),
    contact_email    varchar(254),
    officer_contact  varchar(1000),
    officer_email    varchar(254),
    text_de          varchar,
    text_en          varchar,
    changed_at       timestamp with time zone not null
);
create unique index ux_privacy_notice_authority on privacy_notice (authority_id);

create sequence accessibility_statement_seq start with 1 increment by 50;
create table accessibility_statement (
    id                 bigint                   not null primary key,
    version            bigint                   not null,
    authority_id       bigint                   not null references authority (id),
    conformity         varchar(20)              not null,
    limitations_de     varchar,
    limitations_en     varchar,
    statement_date     date                     not null,
    reviewed_on        date                     not null,
    assessment         varchar(30)              not null,
    contact            varchar(1000),
    enforcement_body   varchar(2000),
    changed_at         timestamp with time zone not null
);
create unique index ux_accessibility_statement_authority on accessibility_statement (authority_id);

-- Name and e-mail are optional and typed by the sender; the row never points at an account, signed in or not.
create sequence accessibility_feedback_seq start with 1 increment by 50;
create table accessibility_feedback (
    id            bigint                   not null primary key,
    version       bigint                   not null,
    authority_id  bigint                   not null references authority (id),
    received_at   timestamp with time zone not null,
    sender_name   varchar(200),
    sender_email  varchar(254),
    page          varchar(500),
    message       varchar(4000)            not null,
    answered_at   timestamp with time zone
);
create index ix_accessibility_feedback_authority on accessibility_feedback (authority_id, received_at);
