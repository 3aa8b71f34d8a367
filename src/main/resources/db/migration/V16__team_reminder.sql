-- Reminders a manager or administrator sent from the team progress matrix: one row per person and assigned item,
-- so the same item is not reminded twice within seven days.
create sequence team_reminder_seq start with 1 increment by 50;
create table team_reminder (
    id           bigint                   not null primary key,
    authority_id bigint                   not null,
    employee_id  bigint                   not null,
    content_kind varchar(20)              not null,
    content_id   bigint                   not null,
    sent_at      timestamp with time zone not null,
    sent_by      bigint                   not null
);
create index ix_team_reminder_employee on team_reminder (employee_id, sent_at);
