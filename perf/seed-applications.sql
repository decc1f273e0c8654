-- Seeds N cases (default 100000) for perf/applications.mjs: a year of a county bureau's work, most of
-- it COMPLETED, the rest spread over the other states, each with the timeline rows its state implies.
-- Run it against a portal database that has been migrated and started once in demo mode (catalogue
-- loaded, demo accounts present); never against production data.
--   psql -h 127.0.0.1 -U postgres -d onevisit_perf -v n=100000 -f perf/seed-applications.sql
-- Additive: it may run again, or after cases were made through the API (numbers continue each day's
-- counter, and application_number is moved past every seeded number).
\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 100000
\endif
\timing on

begin;
select setseed(0.2026);

-- Today in the bureau's time zone (the app's calendar uses Asia/Shanghai).
create temp table perf_now on commit drop as
select now() as ts, (now() at time zone 'Asia/Shanghai')::date as today;

-- 1000 generated applicants (700 enterprises, 300 citizens) who never log in: the hash is a dummy.
-- Enterprise names share ten prefixes (慈溪市宏达…, 慈溪市恒信…), so a name-prefix search finds ~1/10 of them.
insert into account (id, kind, username, name, mobile, password_hash, password_changed_at, roles,
                     credit_code, legal_representative, contact_name, address, town, id_number, demo, created_at)
select md5('perf-applicant:' || i)::uuid,
       case when i <= 700 then 'ENTERPRISE' else 'CITIZEN' end,
       case when i <= 700 then '91330282PF' || lpad(i::text, 7, '0') || 'X'
            else '3302821985' || lpad(i::text, 7, '0') || 'X' end,
       case when i <= 700
            then '慈溪市' || (array['宏达','恒信','华丰','明珠','金龙','永盛','东方','新宇','天成','海通'])[1 + i % 10]
                 || (array['化工','机械','电器','塑料','五金','纺织','物流','建材','模具','轴承'])[1 + (i / 10) % 10]
                 || (array['有限公司','股份有限公司','贸易有限公司'])[1 + (i / 100) % 3] || '（' || i || '）'
            else (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙'])[1 + i % 12]
                 || (array['建国','晓燕','志强','丽娟','海峰','秀英','伟','静','磊','敏','军','芳'])[1 + (i / 12) % 12] end,
       '1390000' || lpad(i::text, 4, '0'),
       '!perf-seed: no login',
       now(),
       case when i <= 700 then 'ENTERPRISE' else 'CITIZEN' end,
       case when i <= 700 then '91330282PF' || lpad(i::text, 7, '0') || 'X' end,
       case when i <= 700 then '法人' || i end,
       case when i <= 700 then '联系人' || i end,
       case when i <= 700 then '慈溪市某街道某路 ' || i || ' 号' end,
       case when i <= 700 then (array['浒山街道','周巷镇','观海卫镇','龙山镇','坎墩街道'])[1 + i % 5] end,
       case when i > 700 then '3302821985' || lpad(i::text, 7, '0') || 'X' end,
       false,
       now() - interval '400 days'
from generate_series(1, 1000) i
on conflict (username) do nothing;

-- Applicants by index: 0 the demo enterprise, 1 the demo citizen, 2.. the generated ones.
create temp table perf_applicant on commit drop as
select 0 as idx, id, kind, name, credit_code as identifier, mobile from account where username = '91330282MA2CX1A7U1'
union all
select 1, id, kind, name, left(id_number, 4) || '**********' || right(id_number, 4), mobile
from account where username = '330282199001011231'
union all
select 1 + i, md5('perf-applicant:' || i)::uuid,
       case when i <= 700 then 'ENTERPRISE' else 'CITIZEN' end, a.name,
       case when i <= 700 then a.credit_code else left(a.id_number, 4) || '**********' || right(a.id_number, 4) end,
       a.mobile
from generate_series(1, 1000) i join account a on a.id = md5('perf-applicant:' || i)::uuid;
create unique index on perf_applicant (idx);
do $$ begin
    if (select count(*) from perf_applicant where idx < 2) < 2 then
        raise exception 'demo accounts missing: start the portal once in demo mode before seeding';
    end if;
end $$;

-- Items in force (latest version of each code), split by who may apply, with what the seed needs.
create temp table perf_item on commit drop as
select row_number() over (partition by obj order by code) - 1 as idx, obj, code, version, name,
       greatest(promised, 0) as promised, statutory, mat_code, mat_name
from (select distinct on (code) code, version, name,
             case when guide->'serviceObjects' ? 'LEGAL_PERSON' then 'ENTERPRISE' else 'CITIZEN' end as obj,
             coalesce((guide->>'promisedDays')::int, 5) as promised,
             (guide->>'statutoryDays')::int as statutory,
             (select m->>'code' from jsonb_array_elements(guide->'materials') m where m->>'necessity' = 'REQUIRED' limit 1) as mat_code,
             (select m->>'name' from jsonb_array_elements(guide->'materials') m where m->>'necessity' = 'REQUIRED' limit 1) as mat_name
      from catalog_item_version where status = 'ACTIVE' order by code, version desc) v;
create unique index on perf_item (obj, idx);
create temp table perf_item_count on commit drop as select obj, count(*)::int as cnt from perf_item group by obj;

-- The cases. State shares (of N): COMPLETED 80 %, DRAFT 5 %, WITHDRAWN 4 %, UNDER_REVIEW 3 %, SUBMITTED 2 %,
-- DENIED 2 %, CORRECTION_REQUIRED 1 %, PENDING_DECISION 1 %, APPROVED 1 %, NOT_ACCEPTED 1 %: about 8 % still
-- in the bureau's hands (the workbench's default queue). Applicants: the demo enterprise 2 %, the demo
-- citizen 1 %, the rest spread over the generated accounts.
create temp table perf_case on commit drop as
with raw as (
    select g, gen_random_uuid() as id, random() as r_app, random() as r_pick, random() as r_item,
           random() as r_state, random() as r_age, random() as r1, random() as r2, random() as r3, random() as r4,
           random() as r_chan
    from generate_series(1, :n) g
), picked as (
    select raw.*, p.id as applicant_id, p.kind, p.name as applicant_name, p.identifier, p.mobile,
           case when r_state < 0.80 then 'COMPLETED' when r_state < 0.85 then 'DRAFT'
                when r_state < 0.89 then 'WITHDRAWN' when r_state < 0.92 then 'UNDER_REVIEW'
                when r_state < 0.94 then 'SUBMITTED' when r_state < 0.96 then 'DENIED'
                when r_state < 0.97 then 'CORRECTION_REQUIRED' when r_state < 0.98 then 'PENDING_DECISION'
                when r_state < 0.99 then 'APPROVED' else 'NOT_ACCEPTED' end as state,
           case when r_chan < 0.90 then 'ONLINE' when r_chan < 0.98 then 'WINDOW' else 'POST' end as channel
    from raw
    join perf_applicant p on p.idx = case when r_app < 0.02 then 0 when r_app < 0.03 then 1
                                          else 2 + least(999, floor(r_pick * 1000)::int) end
), itemed as (
    select picked.*, i.code as item_code, i.version as item_version, i.name as item_name, i.promised, i.statutory,
           i.mat_code, i.mat_name,
           -- working days as calendar days (5 → 7), at least one day
           greatest(1, ceil(i.promised * 7 / 5.0))::int as span
    from picked
    join perf_item_count ic on ic.obj = picked.kind
    join perf_item i on i.obj = picked.kind and i.idx = floor(picked.r_item * ic.cnt)::int
), timed as (
    -- created: finished cases over the past year (at least 35 days ago, so that every step lies in the
    -- past); drafts within 60 days; waiting cases within 6 days; cases being worked on since about their
    -- time limit (×1.2, so that about a quarter of them is overdue).
    select itemed.*, (select ts from perf_now) - case
               when state in ('COMPLETED', 'DENIED', 'NOT_ACCEPTED', 'WITHDRAWN') then interval '1 day' * (35 + r_age * 330)
               when state = 'DRAFT' then interval '1 day' * (r_age * 60)
               when state = 'SUBMITTED' then interval '1 hour' * (4 + r_age * 140)
               when state = 'CORRECTION_REQUIRED' then interval '1 day' * (1.5 + r_age * 20)
               else interval '1 day' * (1.5 + r_age * span * 1.2) end as created_at
    from itemed
)
select timed.*,
       (created_at at time zone 'Asia/Shanghai')::date as created_day,
       case when state <> 'DRAFT' then created_at + interval '1 hour' * (0.2 + r1 * 3) end as submitted_at,
       case when state in ('UNDER_REVIEW', 'PENDING_DECISION', 'APPROVED', 'COMPLETED', 'DENIED')
            then created_at + interval '1 hour' * (3.5 + r2 * 20) end as accepted_at
from timed;

-- Decision and completion times follow acceptance: within the time limit for finished cases, somewhere
-- between acceptance and now for those still open.
alter table perf_case add column decided_at timestamptz, add column completed_at timestamptz,
    add column corrected_at timestamptz, add column updated_at timestamptz, add column number text;
update perf_case set
    decided_at = case
        when state in ('COMPLETED', 'DENIED') then accepted_at + interval '1 day' * span * (0.2 + r3 * 0.75)
        when state = 'APPROVED' then accepted_at + ((select ts from perf_now) - accepted_at) * (0.3 + r3 * 0.6)
        when state = 'NOT_ACCEPTED' then submitted_at + interval '1 hour' * (1 + r3 * 30) end,
    corrected_at = case when state = 'CORRECTION_REQUIRED'
        then submitted_at + ((select ts from perf_now) - submitted_at) * (0.05 + r3 * 0.5) end;
update perf_case set
    completed_at = case when state = 'COMPLETED' then decided_at + interval '1 hour' * (1 + r4 * 40) end,
    updated_at = coalesce(case when state = 'COMPLETED' then decided_at + interval '1 hour' * (1 + r4 * 40) end,
                          decided_at, corrected_at,
                          case when state = 'WITHDRAWN' then submitted_at + interval '1 day' * (1 + r4 * 5) end,
                          case when state = 'PENDING_DECISION'
                               then accepted_at + ((select ts from perf_now) - accepted_at) * (0.3 + r4 * 0.6) end,
                          accepted_at, submitted_at, created_at);

-- Numbers AJ-YYYYMMDD-NNNN: each day's counter continues where application_number left it.
with numbered as (
    select c.id, c.created_day,
           coalesce(n.last, 0) + row_number() over (partition by c.created_day order by c.created_at, c.g) as seq
    from perf_case c left join application_number n on n.day = c.created_day
)
update perf_case c set number = 'AJ-' || to_char(x.created_day, 'YYYYMMDD') || '-'
        || case when x.seq < 10000 then lpad(x.seq::text, 4, '0') else x.seq::text end
from numbered x where x.id = c.id;

insert into application (id, number, applicant_id, applicant_name, applicant_identifier, item_code, item_version,
                         item_name, state, channel, location_code, form_data, created_by, created_at, updated_at,
                         submitted_at, clock_start, accepted_at, accepted_late, due_date, statutory_due_date,
                         paused_since, pause_reason, decided_at, decision_reason, remedies, completed_at,
                         delivery_method, waybill_number, delivery_address, visits, visit_breaches, corrections,
                         correction_items, correction_requested_at, correction_comment, version, check_code)
select c.id, c.number, c.applicant_id, c.applicant_name, c.identifier, c.item_code, c.item_version, c.item_name,
       c.state, c.channel,
       case when c.channel <> 'ONLINE' or c.accepted_at is not null or c.state in ('CORRECTION_REQUIRED', 'NOT_ACCEPTED')
            then case when c.r4 < 0.85 then 'CX-CENTRE' else 'ZHOUXIANG' end end,
       case when c.kind = 'ENTERPRISE'
            then jsonb_build_object('unitName', c.applicant_name, 'creditCode', c.identifier, 'contactMobile', c.mobile,
                                    'declaration', true)
            else jsonb_build_object('name', c.applicant_name, 'mobile', c.mobile, 'declaration', true) end,
       case when c.channel = 'ONLINE' then c.applicant_id
            else (select id from account where username = 'WINDOW') end,
       c.created_at, c.updated_at, c.submitted_at,
       (c.accepted_at at time zone 'Asia/Shanghai')::date,
       c.accepted_at, false,
       (c.accepted_at at time zone 'Asia/Shanghai')::date + c.span,
       case when c.statutory is not null
            then (c.accepted_at at time zone 'Asia/Shanghai')::date + greatest(1, ceil(c.statutory * 7 / 5.0))::int end,
       (c.corrected_at at time zone 'Asia/Shanghai')::date,
       case when c.state = 'CORRECTION_REQUIRED' then '补正材料' end,
       c.decided_at,
       case when c.state = 'DENIED' then '经审查，申请材料反映的安全条件不符合规定要求。'
            when c.state = 'NOT_ACCEPTED' then '申请事项不属于本机关职权范围。' end,
       case when c.state = 'DENIED' then '如不服本决定，可在收到之日起六十日内申请行政复议，或六个月内提起行政诉讼。' end,
       c.completed_at,
       case when c.state = 'COMPLETED' then case when c.r1 < 0.75 then 'ELECTRONIC' when c.r1 < 0.9 then 'POST' else 'WINDOW' end end,
       case when c.state = 'COMPLETED' and c.r1 >= 0.75 and c.r1 < 0.9 then 'SF' || lpad((c.g * 7919)::text, 12, '0') end,
       case when c.state = 'COMPLETED' and c.r1 >= 0.75 and c.r1 < 0.9 then '慈溪市浒山街道新城大道北路 1 号' end,
       case when c.channel = 'WINDOW' then 1 else 0 end,
       0,
       case when c.state = 'CORRECTION_REQUIRED' then 1 else 0 end,
       case when c.state = 'CORRECTION_REQUIRED'
            then jsonb_build_array(jsonb_build_object('kind', 'MATERIAL', 'code', c.mat_code, 'name', c.mat_name,
                                                      'note', '扫描件不清晰，请重新上传彩色扫描件')) end,
       c.corrected_at,
       case when c.state = 'CORRECTION_REQUIRED' then '请按补正通知一次性补齐材料。' end,
       -- a few optimistic-lock bumps per step taken
       case c.state when 'DRAFT' then 0 when 'SUBMITTED' then 1 when 'WITHDRAWN' then 2 when 'CORRECTION_REQUIRED' then 2
                    when 'NOT_ACCEPTED' then 2 when 'UNDER_REVIEW' then 2 when 'PENDING_DECISION' then 3
                    when 'APPROVED' then 4 when 'DENIED' then 4 else 5 end,
       -- the public lookup's check code (V13): six characters of the unambiguous alphabet
       translate(upper(substr(md5(c.id::text), 1, 6)), '01', 'AB')
from perf_case c
-- in the order the portal would have written them, so that recent (open) cases share the table's last pages
order by c.created_at;

-- The timeline: the steps each state implies, by the demo staff of each role.
insert into application_event (application_id, occurred_at, actor_id, actor_name, actor_role, action, from_state,
                               to_state, comment, client_ip, detail)
select a.id, s.at, s.actor_id, s.actor_name, s.role, s.action, s.from_state, s.to_state, s.comment, '10.0.0.1', null
from application a
join perf_case c on c.id = a.id
cross join (select (select id from account where username = 'WINDOW') as window_id,
                   (select id from account where username = 'REVIEWER') as reviewer_id,
                   (select id from account where username = 'APPROVER') as approver_id) staff
cross join lateral (values
    (1, a.created_at, case when a.channel = 'ONLINE' then a.applicant_id else staff.window_id end,
        case when a.channel = 'ONLINE' then a.applicant_name else '窗口受理员' end,
        case when a.channel = 'ONLINE' then 'APPLICANT' else 'WINDOW' end,
        case when a.channel = 'ONLINE' then 'CREATE' else 'WALK_IN' end, null, 'DRAFT', null::text, true),
    (2, a.submitted_at, a.applicant_id, a.applicant_name, 'APPLICANT', 'SUBMIT', 'DRAFT', 'SUBMITTED', null,
        a.submitted_at is not null),
    (3, a.correction_requested_at, staff.window_id, '窗口受理员', 'WINDOW', 'REQUEST_CORRECTION', 'SUBMITTED',
        'CORRECTION_REQUIRED', a.correction_comment, a.state = 'CORRECTION_REQUIRED'),
    (3, a.decided_at, staff.window_id, '窗口受理员', 'WINDOW', 'NOT_ACCEPT', 'SUBMITTED', 'NOT_ACCEPTED',
        a.decision_reason, a.state = 'NOT_ACCEPTED'),
    (3, a.accepted_at, staff.window_id, '窗口受理员', 'WINDOW', 'ACCEPT', 'SUBMITTED', 'UNDER_REVIEW', null,
        a.accepted_at is not null),
    (4, a.accepted_at + (coalesce(a.decided_at, c.updated_at) - a.accepted_at) * 0.6, staff.reviewer_id, '审查员',
        'REVIEWER', 'RECOMMEND', 'UNDER_REVIEW', 'PENDING_DECISION', '材料齐全，符合条件，建议准予。',
        a.state in ('PENDING_DECISION', 'APPROVED', 'COMPLETED', 'DENIED')),
    (5, a.decided_at, staff.approver_id, '审批负责人', 'APPROVER', 'APPROVE', 'PENDING_DECISION', 'APPROVED', null,
        a.state in ('APPROVED', 'COMPLETED')),
    (5, a.decided_at, staff.approver_id, '审批负责人', 'APPROVER', 'DENY', 'PENDING_DECISION', 'DENIED',
        a.decision_reason, a.state = 'DENIED'),
    (6, a.completed_at, staff.window_id, '窗口受理员', 'WINDOW', 'DELIVER', 'APPROVED', 'COMPLETED', null,
        a.state = 'COMPLETED'),
    (6, a.updated_at, a.applicant_id, a.applicant_name, 'APPLICANT', 'WITHDRAW', 'SUBMITTED', 'WITHDRAWN', null,
        a.state = 'WITHDRAWN')
) as s(step, at, actor_id, actor_name, role, action, from_state, to_state, comment, applies)
where s.applies
order by a.created_at, s.step;

-- Open correction pauses, and the walk-in visits the counters claim.
insert into application_pause (application_id, kind, reason, from_date, to_date)
select id, 'CORRECTION', pause_reason, paused_since, null from application a
where a.state = 'CORRECTION_REQUIRED' and a.paused_since is not null and a.id in (select id from perf_case);
insert into application_visit (application_id, occurred_at, location_code, purpose, reason, breach, staff_id)
select a.id, a.created_at, coalesce(a.location_code, 'CX-CENTRE'), 'WALK_IN', null, false, a.created_by
from application a where a.channel = 'WINDOW' and a.id in (select id from perf_case);

-- Move every day's counter past the seeded numbers, so that the portal's next number does not collide.
insert into application_number (day, last)
select created_day, max(split_part(number, '-', 3)::int) from perf_case group by created_day
on conflict (day) do update set last = greatest(application_number.last, excluded.last);

commit;

-- Statistics and the visibility map, as autovacuum would leave them (index-only scans need the latter).
vacuum (analyze) account;
vacuum (analyze) application;
vacuum (analyze) application_event;
vacuum (analyze) application_pause;
vacuum (analyze) application_visit;
vacuum (analyze) application_number;

select state, count(*) as cases,
       count(*) filter (where due_date < (now() at time zone 'Asia/Shanghai')::date and paused_since is null
                        and state in ('SUBMITTED', 'CORRECTION_REQUIRED', 'UNDER_REVIEW', 'PENDING_DECISION', 'APPROVED'))
           as overdue
from application group by state order by cases desc;
select count(*) as timeline_rows from application_event;
