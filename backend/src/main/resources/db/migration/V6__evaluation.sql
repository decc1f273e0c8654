-- Service evaluation (好差评): one rating per case, by its applicant (or collected at the window).
create table evaluation (
    id              uuid         primary key,
    application_id  uuid         not null unique references application (id),
    applicant_id    uuid         not null references account (id),
    grade           smallint     not null check (grade between 1 and 5),
    comment         text,
    -- optional dimension grades as a JSON object {efficiency, guideAccuracy, convenience, attitude}
    dimensions      text,
    channel         varchar(8)   not null check (channel in ('ONLINE', 'WINDOW')),
    collected_by    uuid,
    created_at      timestamptz  not null
);
create index evaluation_created on evaluation (created_at);

-- A bad rating (grade 1 or 2) opens a rectification task (整改): callback, then rectification or
-- explanation within a number of working days; the applicant may appeal the response once.
create table rectification (
    id              uuid         primary key,
    evaluation_id   uuid         not null unique references evaluation (id),
    application_id  uuid         not null references application (id),
    state           varchar(12)  not null check (state in ('OPEN', 'RESPONDED', 'APPEALED', 'CLOSED')),
    due_date        date         not null,
    callback_at     timestamptz,
    callback_note   text,
    callback_by     uuid,
    outcome         varchar(12)  check (outcome in ('RECTIFIED', 'EXPLAINED')),
    response        text,
    responded_at    timestamptz,
    responded_by    uuid,
    on_time         boolean,
    appeal          text,
    appealed_at     timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index rectification_open on rectification (state, due_date);
