-- Images shown with role-play scenes, and a lookup of an authority's scenarios by key.

create sequence scenario_media_seq start with 1 increment by 50;
create table scenario_media (
    id           bigint      not null primary key,
    version      bigint      not null,
    scenario_id  bigint      not null references scenario (id),
    media_id     varchar(64) not null,
    content_type varchar(40) not null,
    data         bytea       not null
);
create unique index ux_scenario_media on scenario_media (scenario_id, media_id);
create index ix_scenario_attempt_version on scenario_attempt (authority_id, scenario_version);
