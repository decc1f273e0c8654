-- The applicant's own choices: how the result is delivered (the method is delivery_method, the address
-- delivery_address, both of V5), to whom, and why the window changed it if it did.
alter table application add column delivery_recipient varchar(50);
alter table application add column delivery_mobile varchar(20);
alter table application add column delivery_postcode varchar(6);
alter table application add column delivery_change_reason text;

-- Data instead of documents (数据多跑路): a material taken, with the applicant's authorisation, from the
-- bureau's certificate register or the electronic licence library instead of an upload. One per material.
create table application_retrieval (
    id              uuid         primary key,
    application_id  uuid         not null references application (id),
    material_code   varchar(64)  not null,
    source          varchar(16)  not null check (source in ('REGISTER', 'LICENCE_LIBRARY')),
    -- the register's certificate, when the material came from it
    certificate_id  uuid         references certificate (id),
    -- the certificate number, or the registration's credit code
    reference       varchar(64)  not null,
    title           text         not null,
    holder_name     text         not null,
    valid_from      date,
    valid_to        date,
    retrieved_at    timestamptz  not null,
    retrieved_by    uuid         not null,
    unique (application_id, material_code)
);
