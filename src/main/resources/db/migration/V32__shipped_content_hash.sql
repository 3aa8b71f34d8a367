-- Start-up work (issue 18): per content store, the SHA-256 of the shipped files (and of the build that read them)
-- it last published. A start with the same hash reads no shipped file; another hash takes the full path once.
create table shipped_content_hash (
    store        varchar(100)             not null primary key,
    content_hash varchar(64)              not null,
    published_at timestamp with time zone not null
);
