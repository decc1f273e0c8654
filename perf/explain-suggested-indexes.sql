-- Tries the indexes suggested in perf/README.md on a seeded perf database (never on a real one: it
-- creates them, shows the plans of the queries they are meant for, and drops them again, in one transaction).
--   psql -h 127.0.0.1 -U postgres -d onevisit_perf -f perf/explain-suggested-indexes.sql
\pset pager off
\set active '''SUBMITTED'', ''CORRECTION_REQUIRED'', ''UNDER_REVIEW'', ''PENDING_DECISION'', ''APPROVED'''
select number as done_number from application where state = 'COMPLETED' order by due_date, submitted_at, number offset 500 limit 1 \gset
\set prefix 慈溪市华丰
begin;
create extension if not exists pg_trgm;
-- 1. the item-name leg of q ('%…%'), so that the three legs of the OR can be combined (BitmapOr)
create index application_item_name_trgm on application using gin (item_name gin_trgm_ops);
-- 2. the default queue in its own order: only the open cases, already sorted as the workbench wants them
create index application_open_queue on application (due_date, submitted_at, number)
    where state in ('SUBMITTED', 'CORRECTION_REQUIRED', 'UNDER_REVIEW', 'PENDING_DECISION', 'APPROVED');
analyze application;

\echo '=== A. state=COMPLETED, q=<case number>: page'
explain (analyze, buffers, costs off) select * from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'done_number') or a.applicant_name like :'done_number' || '%' escape '' or a.item_name like '%' || :'done_number' || '%' escape '')
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== B. state=COMPLETED, q=<case number>: count'
explain (analyze, buffers, costs off) select count(*) from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'done_number') or a.applicant_name like :'done_number' || '%' escape '' or a.item_name like '%' || :'done_number' || '%' escape '');
\echo '=== C. state=COMPLETED, q=<name prefix>: count'
explain (analyze, buffers, costs off) select count(*) from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'prefix') or a.applicant_name like :'prefix' || '%' escape '' or a.item_name like '%' || :'prefix' || '%' escape '');
\echo '=== D. default queue, page 0'
explain (analyze, buffers, costs off) select * from application a where a.state in (:active)
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== E. default queue, page 200'
explain (analyze, buffers, costs off) select * from application a where a.state in (:active)
  order by a.due_date, a.submitted_at, a.number offset 4000 rows fetch first 20 rows only;
\echo '=== F. default queue, page 0, as the portal sends it (bind parameters, 8-slot padded IN list)'
prepare q(text, text, text, text, text, int, int) as select * from application a
  where a.state in ($1, $2, $3, $4, $5, $5, $5, $5) order by a.due_date, a.submitted_at, a.number offset $6 rows fetch first $7 rows only;
explain (analyze, buffers, costs off) execute q('SUBMITTED', 'CORRECTION_REQUIRED', 'UNDER_REVIEW', 'PENDING_DECISION', 'APPROVED', 0, 20);
rollback;
