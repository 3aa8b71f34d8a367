-- Onboarding templates join the content kernel (base.content.AuthoredContent): the same status and shared flag as
-- modules and role-plays. A template with a published version is published; templates were never shared or archived.
alter table onboarding_template add column status varchar(20) default 'DRAFT' not null;
alter table onboarding_template add column shared boolean default false not null;
update onboarding_template set status = 'PUBLISHED' where published_version > 0;
