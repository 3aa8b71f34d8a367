-- Self-assessment rounds (issue 16). Anonymous by construction: who was asked and whether they answered
-- (assessment_participation) is kept apart from what was answered. Answers exist only as counters
-- (assessment_tally: how many gave value v on a scale for a statement, per group) and comments without person,
-- group, time or sequence number. Counter rows are created when the round starts and only ever incremented, so
-- neither row order nor a key can tie an answer to a person. Groups (teams, job roles) get counters only when at
-- least 5 people of the group were asked.
create sequence assessment_round_seq start with 1 increment by 50;
create table assessment_round (
    id                       bigint                   not null primary key,
    version                  bigint                   not null,
    authority_id             bigint                   not null references authority (id),
    questionnaire_version_id bigint                   not null references questionnaire_version (id),
    title                    varchar(200)             not null,
    whole_authority          boolean                  not null,
    starts_on                date                     not null,
    ends_on                  date                     not null,
    reminder_on              date,
    reminder_sent            boolean default false    not null,
    started_by_id            bigint references employee (id),
    created_at               timestamp with time zone not null
);
create index ix_assessment_round_authority on assessment_round (authority_id, starts_on);

-- Which teams or job roles a round asks when it does not ask the whole authority.
create table assessment_round_audience (
    round_id  bigint      not null references assessment_round (id),
    kind      varchar(10) not null,
    target_id bigint      not null,
    primary key (round_id, kind, target_id)
);

-- One row per person asked, made when the round starts (team and job role as they were then). The draft holds
-- the person's unfinished answers (JSON) and is emptied when they submit or the round ends; answered has no time.
create sequence assessment_participation_seq start with 1 increment by 50;
create table assessment_participation (
    id          bigint               not null primary key,
    version     bigint               not null,
    round_id    bigint               not null references assessment_round (id),
    employee_id bigint               not null references employee (id),
    team_id     bigint,
    job_role_id bigint,
    answered    boolean default false not null,
    draft       varchar
);
create unique index ux_assessment_participation on assessment_participation (round_id, employee_id);
create index ix_assessment_participation_employee on assessment_participation (employee_id);

-- The groups a round reports on: ALL (group_id 0) always, TEAM and JOB_ROLE when at least 5 were asked.
create table assessment_group (
    round_id    bigint      not null references assessment_round (id),
    group_kind  varchar(10) not null,
    group_id    bigint      not null,
    asked       integer     not null,
    respondents integer     not null,
    primary key (round_id, group_kind, group_id)
);

-- Counters per group, statement, scale (CURRENT or IMPORTANCE) and value (1-5; 0 = cannot judge).
create table assessment_tally (
    round_id      bigint      not null references assessment_round (id),
    group_kind    varchar(10) not null,
    group_id      bigint      not null,
    statement_key varchar(80) not null,
    scale         varchar(12) not null,
    rating        smallint    not null,
    answers       integer     not null,
    primary key (round_id, group_kind, group_id, statement_key, scale, rating)
);

-- Comments per cornerstone, without person or group; the random id keeps no order.
create table assessment_comment (
    id          varchar(36)   not null primary key,
    round_id    bigint        not null references assessment_round (id),
    cornerstone varchar(20)   not null,
    text        varchar(2000) not null
);
create index ix_assessment_comment_round on assessment_comment (round_id);
