-- The audit trail: one append-only, hash-chained event for every read and change of a patient's data, every
-- sign-in, failed sign-in, sign-out and refusal. See docs/audit.md for the design and the operations advice.

-- Each service has its own chain (failed sign-ins with an unknown user name go to the installation's chain, keyed by
-- the nil UUID). The head row holds the chain's last sequence number and hash; appending locks it FOR UPDATE, so a
-- chain has one order however many instances write, and numbers stay gap-free because the head rolls back with the
-- transaction that advanced it (a PostgreSQL sequence would leave gaps that look like deleted events).
create table audit_chain (
    chain_id        uuid        primary key,
    last_seq        bigint      not null check (last_seq >= 0),
    last_hash       bytea       not null check (length(last_hash) = 32)
);

create table audit_event (
    chain_id        uuid        generated always as
                                (coalesce(service_id, '00000000-0000-0000-0000-000000000000'::uuid)) stored,
    seq             bigint      not null check (seq > 0),
    id              uuid        not null,
    occurred_at     timestamptz not null,
    service_id      uuid,
    actor_id        uuid,
    actor_roles     text[]      not null default '{}',
    username        text        check (length(username) <= 100),
    action          text        not null check (action in ('READ', 'CREATE', 'UPDATE', 'EXPORT', 'DENIED',
                                                           'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT')),
    patient_id      uuid,
    listed_patients uuid[],
    record_type     text        check (record_type ~ '^[A-Z][A-Z_]{0,39}$'),
    record_id       text        check (length(record_id) <= 100),
    detail          jsonb,
    client_ip       text        check (length(client_ip) <= 45),
    reason          text        check (length(reason) <= 2000),
    prev_hash       bytea       not null check (length(prev_hash) = 32),
    hash            bytea       not null check (length(hash) = 32),
    primary key (chain_id, seq)
);

-- Who accessed this patient: direct events, and list pages that showed the patient among others.
create index audit_event_patient_idx on audit_event (service_id, patient_id, seq) where patient_id is not null;
create index audit_event_listed_idx on audit_event using gin (listed_patients) where listed_patients is not null;
-- What a person did, and what happened in a period.
create index audit_event_actor_idx on audit_event (service_id, actor_id, seq) where actor_id is not null;
create index audit_event_time_idx on audit_event (service_id, occurred_at);

-- Append-only: no statement may rewrite or remove events, not even one that matches no rows.
create function refuse_audit_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each statement execute function refuse_audit_rewrite();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_rewrite();

-- A chain head only ever moves forward.
create function guard_audit_chain_head() returns trigger language plpgsql as $$
begin
    if new.chain_id <> old.chain_id or new.last_seq <= old.last_seq then
        raise exception 'An audit chain head only moves forward' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger audit_chain_forward_only before update on audit_chain
    for each row execute function guard_audit_chain_head();
create trigger audit_chain_no_delete before delete on audit_chain
    for each statement execute function refuse_audit_rewrite();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function refuse_audit_rewrite();
