-- The service catalogue (事项目录): every published version of every item's guide.
-- A guide is one document (jsonb) whose shape is org.onevisit.catalog.Guide; the columns beside it
-- are the facts the portal filters and joins on. Applications refer to (code, version).
create table catalog_item_version (
    id             bigint generated always as identity primary key,
    code           varchar(12)  not null,
    version        integer      not null check (version > 0),
    name           text         not null,
    type           varchar(24)  not null check (type in ('LICENSING', 'REVIEW_AND_FORWARD', 'OTHER')),
    status         varchar(12)  not null check (status in ('ACTIVE', 'SUSPENDED', 'CANCELLED')),
    effective_date date         not null,
    guide          jsonb        not null,
    published_at   timestamptz  not null default now(),
    published_by   text         not null,
    constraint catalog_item_version_code_version unique (code, version)
);

create index catalog_item_version_effective on catalog_item_version (code, effective_date desc, version desc);
