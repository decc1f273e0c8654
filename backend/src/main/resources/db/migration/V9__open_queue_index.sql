-- The workbench's default queue (every case still in the bureau's hands, most urgent first) read in index
-- order from the open cases only, however many closed cases have piled up (perf/README.md).
create index application_open_queue on application (due_date, submitted_at, number)
    where state in ('SUBMITTED', 'CORRECTION_REQUIRED', 'UNDER_REVIEW', 'PENDING_DECISION', 'APPROVED');
