-- Delivery of the result by post (EMS two-way post): dispatched with a waybill, then signed for.
alter table application add column dispatched_at timestamptz;
alter table application add column signed_for_at timestamptz;
