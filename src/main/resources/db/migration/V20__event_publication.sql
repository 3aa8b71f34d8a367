-- Spring Modulith's event publication registry (JPA). When a feature publishes a record event, one row per
-- after-commit listener is written in the publisher's transaction; the row is deleted once that listener has
-- succeeded (completion mode DELETE), so the table holds only what is still to do or has failed. The retry job
-- (base.events.EventRetries) runs failed rows again; completion_attempts counts the runs (1 for the first).
-- serialized_event has no length limit: an import's EmployeesJoined lists every new person. For that reason there
-- is no index on it (PostgreSQL's B-tree refuses long values); it is compared only when a listener finishes an event
-- the registry no longer has in memory, which is rare.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  default 1 not null,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_status on event_publication (status, publication_date);
