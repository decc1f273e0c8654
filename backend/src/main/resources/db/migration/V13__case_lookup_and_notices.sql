-- The check code (查询码) of a case: with its number it lets anyone holding the code follow the case's progress
-- on the public lookup (办件查询) without logging in. Six characters of an alphabet without look-alikes
-- (no 0/O, 1/I/L); cases made before this migration get one too (hex digits, 0 and 1 mapped away).
alter table application add column check_code varchar(8);
update application set check_code = translate(upper(substr(md5(random()::text || id::text), 1, 6)), '01', 'GH');
alter table application alter column check_code set not null;

-- The most-used items (常办事项) count the cases submitted per item in the last year.
create index application_item_submitted on application (submitted_at, item_code) where submitted_at is not null;

-- Notices (通知公告) of the bureau on the home page: plain text (paragraphs separated by blank lines), written
-- and published by the system administrator; only published ones are public.
create table notice (
    id            uuid         primary key,
    title         text         not null check (char_length(title) between 1 and 120),
    body          text         not null check (char_length(body) between 1 and 10000),
    published_at  timestamptz,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    created_by    text         not null,
    version       bigint       not null default 0
);
create index notice_published on notice (published_at desc) where published_at is not null;
