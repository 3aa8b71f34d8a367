-- Onboarding: checklist templates per job role (versioned like modules), checklists per new employee with their
-- items copied from the template version, so running checklists keep their version.

create sequence onboarding_template_seq start with 1 increment by 50;
create table onboarding_template (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    template_key      varchar(80)              not null,
    authority_id      bigint references authority (id),
    job_role_code     varchar(40)              not null,
    title_de          varchar(200),
    title_en          varchar(200),
    draft             varchar                  not null,
    published_version integer                  not null,
    updated_at        timestamp with time zone not null
);
create unique index ux_onboarding_template_key on onboarding_template (template_key, authority_id);

create sequence onboarding_template_version_seq start with 1 increment by 50;
create table onboarding_template_version (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    template_id  bigint                   not null references onboarding_template (id),
    number       integer                  not null,
    content      varchar                  not null,
    published_at timestamp with time zone not null
);
create unique index ux_onboarding_template_version on onboarding_template_version (template_id, number);

create sequence checklist_seq start with 1 increment by 50;
create table checklist (
    id                  bigint                   not null primary key,
    version             bigint                   not null,
    authority_id        bigint                   not null references authority (id),
    employee_id         bigint                   not null references employee (id),
    template_version_id bigint references onboarding_template_version (id),
    title_de            varchar(200)             not null,
    title_en            varchar(200)             not null,
    start_date          date                     not null,
    buddy_id            bigint references employee (id),
    created_at          timestamp with time zone not null
);
create unique index ux_checklist_employee on checklist (employee_id);

create sequence checklist_item_seq start with 1 increment by 50;
create table checklist_item (
    id             bigint                   not null primary key,
    version        bigint                   not null,
    checklist_id   bigint                   not null references checklist (id),
    position       integer                  not null,
    phase_de       varchar(200)             not null,
    phase_en       varchar(200)             not null,
    title_de       varchar(200)             not null,
    title_en       varchar(200)             not null,
    description_de varchar(1000),
    description_en varchar(1000),
    responsible    varchar(20)              not null,
    due_date       date                     not null,
    module_key     varchar(80),
    scenario_key   varchar(80),
    sign_off       boolean                  not null,
    status         varchar(20)              not null,
    done_at        timestamp with time zone,
    done_by        bigint,
    comment        varchar(1000),
    skip_reason    varchar(1000),
    signed_off_at  timestamp with time zone,
    signed_off_by  bigint,
    added_by_hand  boolean                  not null
);
create index ix_checklist_item_checklist on checklist_item (checklist_id, position);
create index ix_checklist_item_due on checklist_item (status, due_date);
