-- Team views and reminders read, per (person, module), only when it was started, completed and runs out: with those
-- columns in the index PostgreSQL answers these look-ups from the index alone (an index-only scan) instead of
-- fetching a table row per look-up. It starts with the columns of the index it replaces, so every look-up by person,
-- or by person and module, still uses it; one index instead of two keeps writes as cheap as before.
create index ix_learning_progress_facts on learning_progress (employee_id, module_id, started_at, completed_at,
    expires_at);
drop index ix_learning_progress_employee;
