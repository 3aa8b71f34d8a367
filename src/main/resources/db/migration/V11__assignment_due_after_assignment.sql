-- A module can be due some days after it was assigned (besides a fixed date or days after the start date).
alter table module_assignment add column due_days_after_assignment integer;
