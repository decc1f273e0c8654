-- Service locations (服务网点): the city's administrative service centre, where the bureau has its own
-- window, and town/street centres, which may accept only city-wide items (全城通办).
create table service_location (
    code           varchar(32) primary key,
    name           text        not null unique,
    kind           varchar(12) not null check (kind in ('CITY_CENTRE', 'TOWN_CENTRE')),
    address        text        not null,
    -- the bureau's own window: every item may be accepted here
    bureau_window  boolean     not null default false
);
insert into service_location (code, name, kind, address, bureau_window) values
    ('CX-CENTRE',  '慈溪市行政服务中心 安监窗口', 'CITY_CENTRE', '慈溪市浒山街道新城大道北路 429 号 慈溪市行政服务中心三楼', true),
    ('HUSHAN',     '浒山街道便民服务中心',       'TOWN_CENTRE', '慈溪市浒山街道青少年宫路 1 号', false),
    ('ZHOUXIANG',  '周巷镇便民服务中心',         'TOWN_CENTRE', '慈溪市周巷镇兴业北路 1 号', false),
    ('GUANHAIWEI', '观海卫镇便民服务中心',       'TOWN_CENTRE', '慈溪市观海卫镇卫山路 1 号', false),
    ('LONGSHAN',   '龙山镇便民服务中心',         'TOWN_CENTRE', '慈溪市龙山镇龙山大道 1 号', false);

-- Applications (办件). The item version it was made under is kept: a later guide does not change it.
create table application (
    id                  uuid         primary key,
    number              varchar(20)  not null unique,
    applicant_id        uuid         not null references account (id),
    applicant_name      text         not null,
    -- masked identifier of the applicant (credit code is public; ID numbers are masked)
    applicant_identifier varchar(32) not null,
    item_code           varchar(64)  not null,
    item_version        integer      not null,
    item_name           text         not null,
    state               varchar(24)  not null,
    channel             varchar(8)   not null check (channel in ('ONLINE', 'WINDOW', 'POST')),
    location_code       varchar(32)  references service_location (code),
    form_data           jsonb        not null default '{}',
    created_by          uuid         not null references account (id),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    submitted_at        timestamptz,
    -- the day the time limit counts from (acceptance, or receipt under the 5-day rule)
    clock_start         date,
    accepted_at         timestamptz,
    accepted_late       boolean      not null default false,
    due_date            date,
    statutory_due_date  date,
    paused_since        date,
    pause_reason        text,
    decided_at          timestamptz,
    decision_reason     text,
    remedies            text,
    completed_at        timestamptz,
    delivery_method     varchar(12),
    waybill_number      varchar(40),
    delivery_address    text,
    visits              integer      not null default 0,
    visit_breaches      integer      not null default 0,
    corrections         integer      not null default 0,
    -- the last one-time correction notice, a JSON array [{kind, code, name, note}]
    correction_items    text,
    correction_requested_at timestamptz,
    correction_comment  text,
    version             bigint       not null default 0
);
-- the workbench queue: by state, most urgent first
create index application_queue on application (state, due_date nulls last, submitted_at);
create index application_applicant on application (applicant_id, created_at desc);
create index application_item on application (item_code, state);
create index application_name on application (applicant_name text_pattern_ops);

-- Numbers are AJ-<day>-<n>: one counter per day, never reused (a number stays with its case).
create table application_number (
    day  date    primary key,
    last integer not null
);

-- The timeline (全过程记录) of every case: who did what, when, from where.
create table application_event (
    id              bigint       generated always as identity primary key,
    application_id  uuid         not null references application (id),
    occurred_at     timestamptz  not null,
    actor_id        uuid         not null,
    actor_name      text         not null,
    actor_role      varchar(16)  not null,
    action          varchar(32)  not null,
    from_state      varchar(24),
    to_state        varchar(24)  not null,
    comment         text,
    client_ip       varchar(64),
    detail          jsonb
);
create index application_event_case on application_event (application_id, id);

-- Materials: one file per material code of the guide; a file is stored by generated key.
create table application_material (
    id              uuid         primary key,
    application_id  uuid         not null references application (id),
    material_code   varchar(64)  not null,
    file_key        varchar(36)  not null unique,
    file_name       text         not null,
    content_type    varchar(64)  not null,
    size            bigint       not null check (size > 0),
    sha256          char(64)     not null,
    uploaded_at     timestamptz  not null,
    uploaded_by     uuid         not null,
    unique (application_id, material_code)
);

-- Pauses of the clock: a pending correction or a special procedure; to_date is exclusive.
create table application_pause (
    id              bigint       generated always as identity primary key,
    application_id  uuid         not null references application (id),
    kind            varchar(12)  not null check (kind in ('CORRECTION', 'SPECIAL')),
    reason          text,
    from_date       date         not null,
    to_date         date
);
create index application_pause_case on application_pause (application_id);

-- In-person visits: the reform promises at most one per case; a further one is a breach.
create table application_visit (
    id              bigint       generated always as identity primary key,
    application_id  uuid         not null references application (id),
    occurred_at     timestamptz  not null,
    location_code   varchar(32)  references service_location (code),
    purpose         varchar(12)  not null,
    reason          text,
    breach          boolean      not null,
    staff_id        uuid         not null
);
create index application_visit_case on application_visit (application_id);

-- Idempotency keys of applicants' requests: a repeated key returns the stored answer.
create table idempotency_record (
    account_id      uuid         not null,
    idem_key        varchar(64)  not null,
    operation       text         not null,
    status          integer,
    body            text,
    created_at      timestamptz  not null,
    primary key (account_id, idem_key)
);

-- In-app messages to applicants.
create table notification (
    id              uuid         primary key,
    account_id      uuid         not null references account (id),
    application_id  uuid         references application (id),
    -- what happened (the step's action), so the app can word it in the reader's language
    event           varchar(32)  not null,
    title           text         not null,
    body            text         not null,
    created_at      timestamptz  not null,
    read_at         timestamptz
);
create index notification_account on notification (account_id, created_at desc);
create index notification_unread on notification (account_id) where read_at is null;
