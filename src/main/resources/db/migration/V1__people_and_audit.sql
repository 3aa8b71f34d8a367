-- Written for both H2 (embedded default) and PostgreSQL: plain types, sequences, no vendor functions.

create sequence authority_seq start with 1 increment by 50;
create table authority (
    id               bigint       not null primary key,
    version          bigint       not null,
    name             varchar(200) not null,
    short_name       varchar(40)  not null,
    default_language varchar(2)   not null
);
create unique index ux_authority_short_name on authority (short_name);

create sequence job_role_seq start with 1 increment by 50;
create table job_role (
    id           bigint       not null primary key,
    version      bigint       not null,
    authority_id bigint       not null references authority (id),
    code         varchar(40)  not null,
    name_de      varchar(100) not null,
    name_en      varchar(100) not null,
    built_in     boolean      not null
);
create unique index ux_job_role_code on job_role (authority_id, code);

create sequence team_seq start with 1 increment by 50;
create table team (
    id           bigint       not null primary key,
    version      bigint       not null,
    authority_id bigint       not null references authority (id),
    name         varchar(100) not null
);
create unique index ux_team_name on team (authority_id, name);

create sequence employee_seq start with 1 increment by 50;
create table employee (
    id                       bigint                   not null primary key,
    version                  bigint                   not null,
    authority_id             bigint                   not null references authority (id),
    first_name               varchar(100)             not null,
    last_name                varchar(100)             not null,
    email                    varchar(254)             not null,
    username                 varchar(60)              not null,
    password_hash            varchar(255)             not null,
    password_change_required boolean                  not null,
    preferred_language       varchar(2)               not null,
    start_date               date,
    job_role_id              bigint references job_role (id),
    team_id                  bigint references team (id),
    active                   boolean                  not null,
    left_on                  date,
    failed_logins            integer                  not null,
    locked_until             timestamp with time zone
);
create unique index ux_employee_username on employee (username);
create unique index ux_employee_email on employee (email);
create index ix_employee_authority on employee (authority_id, last_name, first_name);
create index ix_employee_team on employee (team_id);
create index ix_employee_job_role on employee (job_role_id);

create table employee_role (
    employee_id bigint      not null references employee (id),
    role        varchar(20) not null,
    primary key (employee_id, role)
);

create table team_manager (
    team_id     bigint not null references team (id),
    employee_id bigint not null references employee (id),
    primary key (team_id, employee_id)
);
create index ix_team_manager_employee on team_manager (employee_id);

create sequence platform_operator_seq start with 1 increment by 50;
create table platform_operator (
    id                       bigint                   not null primary key,
    version                  bigint                   not null,
    username                 varchar(60)              not null,
    display_name             varchar(100)             not null,
    password_hash            varchar(255)             not null,
    password_change_required boolean                  not null,
    preferred_language       varchar(2)               not null,
    active                   boolean                  not null,
    failed_logins            integer                  not null,
    locked_until             timestamp with time zone
);
create unique index ux_platform_operator_username on platform_operator (username);

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id           bigint                   not null primary key,
    occurred_at  timestamp with time zone not null,
    authority_id bigint,
    actor        varchar(200)             not null,
    action       varchar(40)              not null,
    target       varchar(200),
    details      varchar(1000)
);
create index ix_audit_entry_authority on audit_entry (authority_id, occurred_at);
