-- Accounts of enterprises, citizens and staff (one table; the kind decides which columns are set).
create table account (
    id                  uuid         primary key,
    kind                varchar(12)  not null check (kind in ('ENTERPRISE', 'CITIZEN', 'STAFF')),
    -- the login name: credit code, ID number or staff number, upper-case
    username            varchar(32)  not null unique,
    name                text         not null,
    mobile              varchar(11),
    password_hash       text         not null,
    password_changed_at timestamptz  not null,
    roles               text         not null default '',
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    totp_secret         text,
    totp_enabled        boolean      not null default false,
    totp_last_step      bigint       not null default 0,
    demo                boolean      not null default false,
    -- enterprise
    credit_code         varchar(18),
    legal_representative text,
    contact_name        text,
    address             text,
    town                text,
    -- citizen
    id_number           varchar(18),
    -- staff
    staff_number        varchar(32),
    org_unit            text,
    service_location    text,
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    check (kind <> 'ENTERPRISE' or credit_code is not null),
    check (kind <> 'CITIZEN' or id_number is not null),
    check (kind <> 'STAFF' or staff_number is not null)
);
-- applicants may also log in with their mobile number, so it identifies one applicant
create unique index account_applicant_mobile on account (mobile) where kind <> 'STAFF';
create unique index account_credit_code on account (credit_code) where credit_code is not null;
create unique index account_id_number on account (id_number) where id_number is not null;

-- Refresh tokens: only a hash is stored; a family is one login session, rotated on every refresh.
create table refresh_token (
    id          uuid        primary key,
    family      uuid        not null,
    account_id  uuid        not null references account (id),
    token_hash  char(64)    not null unique,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    mfa         boolean     not null default false
);
create index refresh_token_family on refresh_token (family);
create index refresh_token_account on refresh_token (account_id);
