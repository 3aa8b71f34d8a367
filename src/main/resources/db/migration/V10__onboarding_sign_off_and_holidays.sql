-- Onboarding: a manager may send an item that waits for sign-off back with a comment (who, when, why are kept);
-- an authority's federal state decides which public holidays due dates avoid (empty: nationwide holidays only).

alter table checklist_item add column sent_back_at timestamp with time zone;
alter table checklist_item add column sent_back_by bigint;
alter table checklist_item add column sent_back_reason varchar(1000);

alter table authority add column federal_state varchar(2);
