-- Learning modules. Content is one JSON document per version (immutable once published) plus an editable draft.

create sequence learning_module_seq start with 1 increment by 50;
create table learning_module (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    module_key        varchar(80)              not null,
    authority_id      bigint references authority (id),
    shared            boolean                  not null,
    status            varchar(20)              not null,
    cornerstone       varchar(20)              not null,
    title_de          varchar(200),
    title_en          varchar(200),
    draft             varchar                  not null,
    published_version integer                  not null,
    updated_at        timestamp with time zone not null
);
-- one module per key in the platform library and per key in each authority
create unique index ux_learning_module_key on learning_module (module_key, authority_id);
create index ix_learning_module_authority on learning_module (authority_id, status);

create sequence module_version_seq start with 1 increment by 50;
create table module_version (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    module_id    bigint                   not null references learning_module (id),
    number       integer                  not null,
    content      varchar                  not null,
    published_at timestamp with time zone not null
);
create unique index ux_module_version_number on module_version (module_id, number);

create sequence module_media_seq start with 1 increment by 50;
create table module_media (
    id           bigint      not null primary key,
    version      bigint      not null,
    module_id    bigint      not null references learning_module (id),
    media_id     varchar(64) not null,
    content_type varchar(40) not null,
    data         bytea       not null
);
create unique index ux_module_media on module_media (module_id, media_id);

create sequence module_assignment_seq start with 1 increment by 50;
create table module_assignment (
    id                   bigint                   not null primary key,
    version              bigint                   not null,
    authority_id         bigint                   not null references authority (id),
    module_id            bigint                   not null references learning_module (id),
    target_kind          varchar(20)              not null,
    target_id            bigint                   not null,
    mandatory            boolean                  not null,
    due_date             date,
    due_days_after_start integer,
    created_by           varchar(60)              not null,
    created_at           timestamp with time zone not null
);
create index ix_module_assignment_target on module_assignment (authority_id, target_kind, target_id);
create index ix_module_assignment_module on module_assignment (module_id);

create sequence learning_progress_seq start with 1 increment by 50;
create table learning_progress (
    id              bigint                   not null primary key,
    version         bigint                   not null,
    authority_id    bigint                   not null references authority (id),
    employee_id     bigint                   not null references employee (id),
    module_id       bigint                   not null references learning_module (id),
    module_version  bigint                   not null references module_version (id),
    started_at      timestamp with time zone not null,
    viewed_lessons  varchar(400)             not null,
    passed_quizzes  varchar(400)             not null,
    last_lesson     integer                  not null,
    completed_at    timestamp with time zone,
    expires_at      timestamp with time zone
);
create index ix_learning_progress_employee on learning_progress (employee_id, module_id);

create sequence quiz_attempt_seq start with 1 increment by 50;
create table quiz_attempt (
    id             bigint                   not null primary key,
    version        bigint                   not null,
    progress_id    bigint                   not null references learning_progress (id),
    employee_id    bigint                   not null references employee (id),
    module_version bigint                   not null references module_version (id),
    lesson_index   integer                  not null,
    attempt_number integer                  not null,
    score_percent  integer                  not null,
    passed         boolean                  not null,
    submitted_at   timestamp with time zone not null
);
create index ix_quiz_attempt_progress on quiz_attempt (progress_id, lesson_index);

create sequence quiz_answer_seq start with 1 increment by 50;
create table quiz_answer (
    id             bigint  not null primary key,
    version        bigint  not null,
    attempt_id     bigint  not null references quiz_attempt (id),
    module_version bigint  not null references module_version (id),
    lesson_index   integer not null,
    question_index integer not null,
    answer_index   integer not null
);
create index ix_quiz_answer_question on quiz_answer (module_version, lesson_index, question_index);
