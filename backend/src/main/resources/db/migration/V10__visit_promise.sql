-- Waivers of the one-visit promise's steps, recorded with a reason (全过程记录):
--   VISIT              the window waives the item's one visit (e.g. originals checked against the electronic
--                      licence register); the case may then complete without a visit, and the statistics
--                      count it as waived, never as a zero-visit completion;
--   SPECIAL_PROCEDURE  the reviewer marks a special procedure of the guide (by name) not needed for this case.
create table application_waiver (
    id              bigint       generated always as identity primary key,
    application_id  uuid         not null references application (id),
    kind            varchar(20)  not null check (kind in ('VISIT', 'SPECIAL_PROCEDURE')),
    -- the special procedure's name (SPECIAL_PROCEDURE); '' for a VISIT waiver, so that each is recorded once
    procedure       text         not null default '',
    reason          text         not null check (length(reason) between 1 and 500),
    staff_id        uuid         not null references account (id),
    staff_name      text         not null,
    staff_role      varchar(16)  not null,
    occurred_at     timestamptz  not null,
    unique (application_id, kind, procedure)
);
