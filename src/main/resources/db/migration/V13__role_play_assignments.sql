-- Role-plays become assignable exactly like modules: one table holds assignments of both kinds of content.
-- The sequence keeps its name (the entity names it), the table and the content column get neutral names.
alter table module_assignment rename to assignment;
alter table assignment add column content_kind varchar(20) default 'MODULE' not null;
alter table assignment add column content_id bigint;
update assignment set content_id = module_id;
alter table assignment alter column content_id set not null;
-- dropping the column also drops its foreign key to learning_module (content_id may now name a role-play)
alter table assignment drop column module_id;
create index ix_assignment_content on assignment (content_kind, content_id);
