-- The weekly team digest for managers: whether a manager wants it, and the day their last one was computed, so the
-- next one reports only what became overdue or started to expire since.
alter table employee add column team_digest boolean default true not null;

create sequence manager_digest_run_seq start with 1 increment by 50;
create table manager_digest_run (
    id          bigint not null primary key,
    version     bigint not null,
    employee_id bigint not null references employee (id),
    last_day    date   not null
);
create unique index ux_manager_digest_run_employee on manager_digest_run (employee_id);
