-- Issue 10 §3/§4: finding closed cases, what a result prints, and the decision letter's number.

-- The workbench search matches a holder's credit code exactly (number and name prefix have their indexes).
create index application_identifier on application (applicant_identifier);

-- The decision letter's document number (文号), e.g. 慈安监许〔2026〕12号: given when the case is decided.
alter table application add column decision_number varchar(40);
create unique index application_decision_number on application (decision_number);

-- One counter per series and year, advanced by one atomic upsert (as certificate_number).
create table decision_number (
    series varchar(8) not null,
    year   integer    not null,
    last   integer    not null,
    primary key (series, year)
);

-- What the certificate type prints besides the holder (address, 经营方式, scope, …): signed JSON
-- [{key, label, value}] (payload format 2); null for certificates issued before.
alter table certificate add column fields text;
