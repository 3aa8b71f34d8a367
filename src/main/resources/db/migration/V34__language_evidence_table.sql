-- Language evidence files move out of language_level into their own table. Without bytecode enhancement Hibernate
-- reads a byte[] column of an entity eagerly, so every change to a level (edit, verify, upload) read the file (up to
-- 5 MB) and kept a copy of it for dirty checking. The level keeps document_type, which says whether a file is stored.
create table language_evidence (
    level_id bigint not null primary key references language_level (id) on delete cascade,
    document bytea  not null
);
insert into language_evidence (level_id, document)
select id, document from language_level where document is not null;
alter table language_level drop column document;
