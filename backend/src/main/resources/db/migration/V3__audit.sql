-- The audit trail (全过程记录): append-only, each row chained to the previous one by SHA-256 so that a
-- changed or deleted row breaks the chain. The application role may insert and select, never update.
create table audit_event (
    id          bigint       generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor_id    uuid,
    actor       text         not null,
    action      varchar(48)  not null,
    target      text,
    client_ip   varchar(64),
    result      varchar(16)  not null,
    detail      text,
    prev_hash   char(64)     not null,
    hash        char(64)     not null unique
);
create index audit_event_occurred on audit_event (occurred_at desc);
create index audit_event_actor on audit_event (actor_id, occurred_at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
