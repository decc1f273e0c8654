-- EXPLAIN ANALYZE of the workbench queue's queries, as Hibernate sends them (ApplicationRepository.queue,
-- countQueue, queueCounts), against a database seeded with perf/seed-applications.sql.
--   psql -h 127.0.0.1 -U postgres -d onevisit_perf -v number=AJ-20261024-0079 -v prefix=慈溪市华丰 \
--        -v item=100010900000 -f perf/explain-queue.sql
-- (number, prefix, item: what perf/applications.mjs printed as its searches; defaults below.)
\if :{?number} \else \set number AJ-20261024-0079 \endif
\if :{?prefix} \else \set prefix 慈溪市华丰 \endif
\if :{?item} \else \set item 100010900000 \endif
\pset pager off
select (now() at time zone 'Asia/Shanghai')::date as today \gset
\set active '''SUBMITTED'', ''CORRECTION_REQUIRED'', ''UNDER_REVIEW'', ''PENDING_DECISION'', ''APPROVED'''
\set cols 'a.id, a.accepted_at, a.accepted_late, a.applicant_id, a.applicant_identifier, a.applicant_name, a.channel, a.clock_start, a.completed_at, a.correction_comment, a.correction_items, a.correction_requested_at, a.corrections, a.created_at, a.created_by, a.decided_at, a.decision_reason, a.delivery_address, a.delivery_method, a.due_date, a.form_data, a.item_code, a.item_name, a.item_version, a.location_code, a.number, a.pause_reason, a.paused_since, a.remedies, a.state, a.statutory_due_date, a.submitted_at, a.updated_at, a.version, a.visit_breaches, a.visits, a.waybill_number'

\echo '=== 1. default queue: page 0'
explain (analyze, buffers, costs off) select :cols from application a where a.state in (:active)
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 1b. default queue: page 200 (offset 4000)'
explain (analyze, buffers, costs off) select :cols from application a where a.state in (:active)
  order by a.due_date, a.submitted_at, a.number offset 4000 rows fetch first 20 rows only;
\echo '=== 2. count of the default queue'
explain (analyze, buffers, costs off) select count(*) from application a where a.state in (:active);
\echo '=== 3. queue sizes per state (every queue request)'
explain (analyze, buffers, costs off) select a.state, count(a.id) from application a where a.state in (:active) group by a.state;
\echo '=== 4. overdue count (every queue request)'
explain (analyze, buffers, costs off) select count(a.id) from application a
  where a.state in (:active) and a.paused_since is null and a.due_date < :'today';
\echo '=== 5. state=SUBMITTED'
explain (analyze, buffers, costs off) select :cols from application a where a.state = 'SUBMITTED'
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 6. due=OVERDUE'
explain (analyze, buffers, costs off) select :cols from application a
  where a.state in (:active) and a.paused_since is null and a.due_date < :'today'
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 7. item filter'
explain (analyze, buffers, costs off) select :cols from application a where a.state in (:active) and a.item_code = :'item'
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 8. q=<case number>'
explain (analyze, buffers, costs off) select :cols from application a where a.state in (:active)
  and (a.number = upper(:'number') or a.applicant_name like :'number' || '%' escape '' or a.item_name like '%' || :'number' || '%' escape '')
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 8b. count for q=<case number>'
explain (analyze, buffers, costs off) select count(*) from application a where a.state in (:active)
  and (a.number = upper(:'number') or a.applicant_name like :'number' || '%' escape '' or a.item_name like '%' || :'number' || '%' escape '');
\echo '=== 9. q=<applicant name prefix>'
explain (analyze, buffers, costs off) select :cols from application a where a.state in (:active)
  and (a.number = upper(:'prefix') or a.applicant_name like :'prefix' || '%' escape '' or a.item_name like '%' || :'prefix' || '%' escape '')
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 9b. state=COMPLETED, q=<applicant name prefix> (a search over the finished cases)'
explain (analyze, buffers, costs off) select :cols from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'prefix') or a.applicant_name like :'prefix' || '%' escape '' or a.item_name like '%' || :'prefix' || '%' escape '')
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 9c. count for state=COMPLETED, q=<applicant name prefix>'
explain (analyze, buffers, costs off) select count(*) from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'prefix') or a.applicant_name like :'prefix' || '%' escape '' or a.item_name like '%' || :'prefix' || '%' escape '');
\echo '=== 9d. state=COMPLETED, q=<case number of a completed case>'
select number as done_number from application where state = 'COMPLETED' order by due_date, submitted_at, number offset 500 limit 1 \gset
\echo :done_number
explain (analyze, buffers, costs off) select :cols from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'done_number') or a.applicant_name like :'done_number' || '%' escape '' or a.item_name like '%' || :'done_number' || '%' escape '')
  order by a.due_date, a.submitted_at, a.number offset 0 rows fetch first 20 rows only;
\echo '=== 9e. count for state=COMPLETED, q=<case number>'
explain (analyze, buffers, costs off) select count(*) from application a where a.state = 'COMPLETED'
  and (a.number = upper(:'done_number') or a.applicant_name like :'done_number' || '%' escape '' or a.item_name like '%' || :'done_number' || '%' escape '');
\echo '=== 10. applicant own list (demo enterprise)'
explain (analyze, buffers, costs off) select :cols from application a
  where a.applicant_id = (select id from account where username = '91330282MA2CX1A7U1')
  order by a.created_at desc offset 0 rows fetch first 20 rows only;
\echo '=== 10b. applicant own list: count'
explain (analyze, buffers, costs off) select count(*) from application a
  where a.applicant_id = (select id from account where username = '91330282MA2CX1A7U1');
\echo '=== 11. case view: timeline'
explain (analyze, buffers, costs off) select * from application_event e
  where e.application_id = (select id from application where state = 'COMPLETED' limit 1) order by e.id;
