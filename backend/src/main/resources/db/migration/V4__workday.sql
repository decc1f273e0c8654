-- The working-day calendar (工作日历). Time limits count working days: Monday to Friday, except the
-- days stored here. The table holds only the exceptions:
--   HOLIDAY  a statutory holiday (or a day off moved by 调休) falling on a weekday;
--   WORKDAY  a Saturday or Sunday declared a working day (调休上班).
-- A HOLIDAY on a weekend or a WORKDAY on a weekday would change nothing, and is refused.
-- Days outside the years listed here count as plain Monday-Friday.
create table calendar_day (
    day         date        primary key,
    kind        varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        text        not null,
    -- an estimate not yet confirmed against the State Council's notice
    provisional boolean     not null default false,
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    constraint calendar_day_changes_something
        check ((kind = 'HOLIDAY') = (extract(isodow from day) < 6))
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（国务院办公厅，2025年11月4日，新华社发布）.
--   元旦   1月1日（周四）至3日（周六）放假调休，共3天；1月4日（周日）上班。
--   春节   2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天；2月14日（周六）、2月28日（周六）上班。
--   清明节 4月4日（周六）至6日（周一）放假，共3天。
--   劳动节 5月1日（周五）至5日（周二）放假调休，共5天；5月9日（周六）上班。
--   端午节 6月19日（周五）至21日（周日）放假，共3天。
--   中秋节 9月25日（周五）至27日（周日）放假，共3天。
--   国庆节 10月1日（周四）至7日（周三）放假调休，共7天；9月20日（周日）、10月10日（周六）上班。
-- Only the weekdays off and the weekend days on are stored. 2026 has 248 working days.
insert into calendar_day (day, kind, name, provisional, updated_by) values
    ('2026-01-01', 'HOLIDAY', '元旦', false, 'SYSTEM'),
    ('2026-01-02', 'HOLIDAY', '元旦', false, 'SYSTEM'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班', false, 'SYSTEM'),
    ('2026-02-14', 'WORKDAY', '春节调休上班', false, 'SYSTEM'),
    ('2026-02-16', 'HOLIDAY', '春节', false, 'SYSTEM'),
    ('2026-02-17', 'HOLIDAY', '春节', false, 'SYSTEM'),
    ('2026-02-18', 'HOLIDAY', '春节', false, 'SYSTEM'),
    ('2026-02-19', 'HOLIDAY', '春节', false, 'SYSTEM'),
    ('2026-02-20', 'HOLIDAY', '春节', false, 'SYSTEM'),
    ('2026-02-23', 'HOLIDAY', '春节', false, 'SYSTEM'),
    ('2026-02-28', 'WORKDAY', '春节调休上班', false, 'SYSTEM'),
    ('2026-04-06', 'HOLIDAY', '清明节', false, 'SYSTEM'),
    ('2026-05-01', 'HOLIDAY', '劳动节', false, 'SYSTEM'),
    ('2026-05-04', 'HOLIDAY', '劳动节', false, 'SYSTEM'),
    ('2026-05-05', 'HOLIDAY', '劳动节', false, 'SYSTEM'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班', false, 'SYSTEM'),
    ('2026-06-19', 'HOLIDAY', '端午节', false, 'SYSTEM'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班', false, 'SYSTEM'),
    ('2026-09-25', 'HOLIDAY', '中秋节', false, 'SYSTEM'),
    ('2026-10-01', 'HOLIDAY', '国庆节', false, 'SYSTEM'),
    ('2026-10-02', 'HOLIDAY', '国庆节', false, 'SYSTEM'),
    ('2026-10-05', 'HOLIDAY', '国庆节', false, 'SYSTEM'),
    ('2026-10-06', 'HOLIDAY', '国庆节', false, 'SYSTEM'),
    ('2026-10-07', 'HOLIDAY', '国庆节', false, 'SYSTEM'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班', false, 'SYSTEM');

-- 2027: PROVISIONAL. The State Council's notice for 2027 had not been published when this was written.
-- These rows are an estimate, and an administrator must confirm or correct each one against the
-- notice when it appears (an edit through PUT /api/admin/calendar/days/{date} clears "provisional";
-- DELETE removes a day the notice does not have).
-- Estimated from the lunar calendar (除夕 2027-02-05, 春节 2027-02-06, 清明 2027-04-05, 端午 2027-06-09,
-- 中秋 2027-09-15) and the rules of 全国年节及纪念日放假办法 as amended in 2024 (元旦 1 day, 春节 4 days
-- from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3; 春节 8 days from 除夕, 劳动节 5 days and 国庆 7 days
-- with 调休; a single holiday on a Wednesday is not bridged), following the 2021 and 2025 patterns:
--   元旦   1月1日（周五）至3日放假，不调休。
--   春节   2月5日（除夕、周五）至12日（周五）放假调休，共8天；1月31日（周日）、2月13日（周六）上班。
--   清明节 4月3日（周六）至5日（周一）放假，共3天。
--   劳动节 5月1日（周六）至5日（周三）放假调休，共5天；5月8日（周六）上班。
--   端午节 6月9日（周三）放假1天，不调休。
--   中秋节 9月15日（周三）放假1天，不调休。
--   国庆节 10月1日（周五）至7日（周四）放假调休，共7天；9月26日（周日）、10月9日（周六）上班。
-- With these, 2027 has 248 working days.
insert into calendar_day (day, kind, name, provisional, updated_by) values
    ('2027-01-01', 'HOLIDAY', '元旦', true, 'SYSTEM'),
    ('2027-01-31', 'WORKDAY', '春节调休上班', true, 'SYSTEM'),
    ('2027-02-05', 'HOLIDAY', '春节', true, 'SYSTEM'),
    ('2027-02-08', 'HOLIDAY', '春节', true, 'SYSTEM'),
    ('2027-02-09', 'HOLIDAY', '春节', true, 'SYSTEM'),
    ('2027-02-10', 'HOLIDAY', '春节', true, 'SYSTEM'),
    ('2027-02-11', 'HOLIDAY', '春节', true, 'SYSTEM'),
    ('2027-02-12', 'HOLIDAY', '春节', true, 'SYSTEM'),
    ('2027-02-13', 'WORKDAY', '春节调休上班', true, 'SYSTEM'),
    ('2027-04-05', 'HOLIDAY', '清明节', true, 'SYSTEM'),
    ('2027-05-03', 'HOLIDAY', '劳动节', true, 'SYSTEM'),
    ('2027-05-04', 'HOLIDAY', '劳动节', true, 'SYSTEM'),
    ('2027-05-05', 'HOLIDAY', '劳动节', true, 'SYSTEM'),
    ('2027-05-08', 'WORKDAY', '劳动节调休上班', true, 'SYSTEM'),
    ('2027-06-09', 'HOLIDAY', '端午节', true, 'SYSTEM'),
    ('2027-09-15', 'HOLIDAY', '中秋节', true, 'SYSTEM'),
    ('2027-09-26', 'WORKDAY', '国庆节调休上班', true, 'SYSTEM'),
    ('2027-10-01', 'HOLIDAY', '国庆节', true, 'SYSTEM'),
    ('2027-10-04', 'HOLIDAY', '国庆节', true, 'SYSTEM'),
    ('2027-10-05', 'HOLIDAY', '国庆节', true, 'SYSTEM'),
    ('2027-10-06', 'HOLIDAY', '国庆节', true, 'SYSTEM'),
    ('2027-10-07', 'HOLIDAY', '国庆节', true, 'SYSTEM'),
    ('2027-10-09', 'WORKDAY', '国庆节调休上班', true, 'SYSTEM');
