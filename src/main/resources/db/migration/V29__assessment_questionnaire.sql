-- Self-assessment questionnaires (issue 16): authored content of the content kernel like checklist templates, a
-- draft plus published versions; rounds keep the version they were started with.
create sequence questionnaire_seq start with 1 increment by 50;
create table questionnaire (
    id                bigint                   not null primary key,
    version           bigint                   not null,
    questionnaire_key varchar(80)              not null,
    authority_id      bigint references authority (id),
    status            varchar(20)              not null,
    shared            boolean default false    not null,
    title_de          varchar(200),
    title_en          varchar(200),
    draft             varchar                  not null,
    published_version integer                  not null,
    updated_at        timestamp with time zone not null
);
create unique index ux_questionnaire_key on questionnaire (questionnaire_key, authority_id);

create sequence questionnaire_version_seq start with 1 increment by 50;
create table questionnaire_version (
    id               bigint                   not null primary key,
    version          bigint                   not null,
    questionnaire_id bigint                   not null references questionnaire (id),
    number           integer                  not null,
    content          varchar                  not null,
    published_at     timestamp with time zone not null
);
create unique index ux_questionnaire_version on questionnaire_version (questionnaire_id, number);
