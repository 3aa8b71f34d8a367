-- Action plan of the self-assessment (issue 16): what an office decides to do about statements of a round's results.
-- An action names an owner (personal data): when the owner or creator is erased the action stays for the authority
-- and loses the person (owner_id / created_by set to null), so both are nullable.
create sequence assessment_action_seq start with 1 increment by 50;
create table assessment_action (
    id           bigint                   not null primary key,
    version      bigint                   not null,
    authority_id bigint                   not null references authority (id),
    round_id     bigint                   not null references assessment_round (id),
    title        varchar(200)             not null,
    cornerstone  varchar(20)              not null,
    owner_id     bigint references employee (id),
    team_id      bigint references team (id),
    due_on       date                     not null,
    status       varchar(12)              not null,
    note         varchar(2000),
    created_by   bigint references employee (id),
    created_at   timestamp with time zone not null
);
create index ix_assessment_action_authority on assessment_action (authority_id, due_on);
create index ix_assessment_action_owner on assessment_action (owner_id, status);
create index ix_assessment_action_round on assessment_action (round_id);

-- The statements (keys of the round's questionnaire version) an action addresses.
create table assessment_action_statement (
    action_id     bigint      not null references assessment_action (id),
    statement_key varchar(80) not null,
    primary key (action_id, statement_key)
);

-- What the action assigned in the same step, through the learning feature's assignment rules (kind MODULE or
-- ROLE_PLAY by key, to a TEAM or JOB_ROLE); the assignments themselves live in the learning feature.
create table assessment_action_assignment (
    action_id    bigint      not null references assessment_action (id),
    content_kind varchar(10) not null,
    content_key  varchar(80) not null,
    target_kind  varchar(10) not null,
    target_id    bigint      not null,
    primary key (action_id, content_kind, content_key, target_kind, target_id)
);
