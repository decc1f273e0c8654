-- Electronic certificates (电子证照): the result of an approved case, signed by the bureau's key.
-- payload is the exact signed text (canonical JSON); the columns repeat it for queries. A verification
-- rebuilds the payload from the columns and checks the signature, so a changed row is detected.
create table certificate (
    id                uuid         primary key,
    number            varchar(40)  not null unique,
    application_id    uuid         not null unique references application (id),
    holder_id         uuid         not null references account (id),
    type              varchar(16)  not null check (type in ('CERTIFICATE', 'APPROVAL', 'FILING_RECEIPT')),
    title             text         not null,
    item_code         varchar(64)  not null,
    item_name         text         not null,
    holder_name       text         not null,
    holder_identifier varchar(32)  not null,
    scope             text         not null,
    issuer            text         not null,
    issued_at         date         not null,
    valid_from        date         not null,
    valid_to          date,
    signature         text         not null,
    algorithm         varchar(16)  not null,
    key_id            varchar(64)  not null,
    status            varchar(8)   not null default 'VALID' check (status in ('VALID', 'REVOKED')),
    revoked_at        timestamptz,
    revoked_reason    text,
    revoked_by        uuid,
    reminded_days     integer,
    created_at        timestamptz  not null
);
create index certificate_holder on certificate (holder_id, issued_at desc);
create index certificate_expiry on certificate (valid_to) where status = 'VALID' and valid_to is not null;

-- Certificate numbers: a counter per series (ZS 证书, PF 批复, BA 备案) and year, e.g. CXAJ-ZS-2026-000001.
create table certificate_number (
    series varchar(8) not null,
    year   integer    not null,
    last   integer    not null,
    primary key (series, year)
);
