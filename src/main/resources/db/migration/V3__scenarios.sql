-- Role-play scenarios: one JSON document per published version plus an editable draft, and attempts.

create sequence scenario_seq start with 1 increment by 50;
create table scenario (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    scenario_key      varchar(80)              not null,
    authority_id      bigint references authority (id),
    shared            boolean                  not null,
    status            varchar(20)              not null,
    title_de          varchar(200),
    title_en          varchar(200),
    draft             varchar                  not null,
    published_version integer                  not null,
    updated_at        timestamp with time zone not null
);
create unique index ux_scenario_key on scenario (scenario_key, authority_id);

create sequence scenario_version_seq start with 1 increment by 50;
create table scenario_version (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    scenario_id  bigint                   not null references scenario (id),
    number       integer                  not null,
    content      varchar                  not null,
    published_at timestamp with time zone not null
);
create unique index ux_scenario_version_number on scenario_version (scenario_id, number);

create sequence scenario_attempt_seq start with 1 increment by 50;
create table scenario_attempt (
    id               bigint                   not null primary key,
    version          bigint                   not null,
    authority_id     bigint                   not null references authority (id),
    employee_id      bigint                   not null references employee (id),
    scenario_id      bigint                   not null references scenario (id),
    scenario_version bigint                   not null references scenario_version (id),
    started_at       timestamp with time zone not null,
    state            varchar                  not null,
    transcript       varchar                  not null,
    back_steps       integer                  not null,
    completed_at     timestamp with time zone,
    ending           varchar(80),
    outcome          varchar(20),
    reflection       varchar(4000)
);
create index ix_scenario_attempt_employee on scenario_attempt (employee_id, scenario_id);
