-- Language courses: requested by the person, decided by their manager, then planned, running, completed or dropped.

create sequence language_course_seq start with 1 increment by 50;
create table language_course (
    id              bigint                   not null primary key,
    version         bigint                   not null,
    authority_id    bigint                   not null references authority (id),
    employee_id     bigint                   not null references employee (id),
    language        varchar(12)              not null,
    provider        varchar(200),
    target_level    varchar(2)               not null,
    start_date      date,
    end_date        date,
    hours_planned   integer,
    hours_attended  integer,
    cost_cents      bigint,
    status          varchar(20)              not null,
    decision_reason varchar(1000),
    decided_by      bigint,
    level_reached   varchar(2),
    requested_at    timestamp with time zone not null,
    completed_at    timestamp with time zone
);
create index ix_language_course_employee on language_course (authority_id, employee_id);
