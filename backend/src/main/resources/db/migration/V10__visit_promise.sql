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

-- Guides published before this version gain the two new elements of their shape (org.onevisit.catalog.Guide),
-- with the values of the default catalogue: when the one visit happens (visitMoment, null for a zero-visit item)
-- and, per special procedure, whether the law requires it (mandatory).
update catalog_item_version set guide = guide || jsonb_build_object('visitMoment',
        case when (guide ->> 'visits')::int = 0 then null
             when code in ('010019600200', '010019600300', '100010900000', '100011000000') then 'PICKUP'
             when code = '010019700000' then 'SITE_CHECK'
             when code in ('010019800000', '010019900000', '010020000000', '010020100000') then 'MEETING'
             when code = '100010800000' then 'EXAM'
             else 'ACCEPTANCE' end)
    where not guide ? 'visitMoment';
update catalog_item_version set guide = jsonb_set(guide, '{specialProcedures}', (
        select coalesce(jsonb_agg(p || jsonb_build_object('mandatory',
                    code in ('010019600100', '010019700000', '010019800000', '010019900000', '010020000000',
                             '010020100000', '200001100000') and p ->> 'name' in ('现场核查', '专家评审'))
                    order by n), '[]'::jsonb)
        from jsonb_array_elements(guide -> 'specialProcedures') with ordinality as t (p, n)))
    where jsonb_typeof(guide -> 'specialProcedures') = 'array'
      and exists (select 1 from jsonb_array_elements(guide -> 'specialProcedures') p where not p ? 'mandatory');
