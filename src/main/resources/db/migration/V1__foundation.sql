-- Stepwise foundation: services, staff, patients, referrals, triage, responsibility.
-- Every patient-data table carries service_id, which leads its primary key, foreign keys
-- and indexes, so that tables can later be distributed by service (Citus) without a redesign.

create table service (
    id                         uuid primary key,
    name                       text        not null,
    ods_code                   text,
    time_zone                  text        not null default 'Europe/London',
    allocating_roles           text[]      not null default '{ALLOCATOR}',
    triage_mode                text        not null default 'PAPER_SCREENING'
                               check (triage_mode in ('PAPER_SCREENING', 'TRIAGE_APPOINTMENT')),
    pwp_caseload_cap           integer     not null default 40 check (pwp_caseload_cap between 1 and 500),
    trainee_cap_percent        integer     not null default 60 check (trainee_cap_percent between 1 and 100),
    hi_caseload_cap            integer     not null default 25 check (hi_caseload_cap between 1 and 500),
    waiting_list_policy        text        not null default 'OLDEST_REFERRAL_FIRST'
                               check (waiting_list_policy in ('OLDEST_REFERRAL_FIRST', 'LONGEST_ON_LIST_FIRST')),
    version                    integer     not null default 0,
    created_at                 timestamptz not null default now(),
    changed_at                 timestamptz,
    changed_by                 uuid
);

create table staff (
    service_id                 uuid        not null references service (id),
    id                         uuid        not null,
    username                   text        not null,
    full_name                  text        not null,
    email                      text,
    password_hash              text        not null,
    roles                      text[]      not null,
    trainee                    boolean     not null default false,
    supervisor_id              uuid,
    supervisor_training_date   date,
    enabled                    boolean     not null default true,
    version                    integer     not null default 0,
    created_at                 timestamptz not null default now(),
    changed_at                 timestamptz,
    changed_by                 uuid,
    primary key (service_id, id),
    foreign key (service_id, supervisor_id) references staff (service_id, id)
);
-- Sign-in happens before the service is known, so user names are unique across the installation.
create unique index staff_username_uq on staff (lower(username));
create index staff_supervisor_idx on staff (service_id, supervisor_id);

alter table service add column unallocated_responsible_id uuid;
alter table service add constraint service_unallocated_responsible_fk
    foreign key (id, unallocated_responsible_id) references staff (service_id, id)
    deferrable initially deferred;

create table gp_practice (
    service_id                 uuid        not null references service (id),
    id                         uuid        not null,
    ods_code                   text        not null,
    name                       text        not null,
    address                    text,
    phone                      text,
    created_at                 timestamptz not null default now(),
    primary key (service_id, id),
    unique (service_id, ods_code)
);

create table patient (
    service_id                 uuid        not null references service (id),
    id                         uuid        not null,
    nhs_number                 char(10)    not null,
    given_name                 text        not null,
    family_name                text        not null,
    date_of_birth              date        not null,
    gender                     text        not null default 'X' check (gender in ('1', '2', '9', 'X')),
    gp_practice_id             uuid        not null,
    address                    text,
    postcode                   text,
    phone                      text,
    email                      text,
    version                    integer     not null default 0,
    created_at                 timestamptz not null default now(),
    created_by                 uuid,
    changed_at                 timestamptz,
    changed_by                 uuid,
    primary key (service_id, id),
    unique (service_id, nhs_number),
    foreign key (service_id, gp_practice_id) references gp_practice (service_id, id)
);
create index patient_name_idx on patient (service_id, lower(family_name), lower(given_name));

create table referral (
    service_id                 uuid        not null references service (id),
    id                         uuid        not null,
    patient_id                 uuid        not null,
    received_date              date        not null,
    source_code                text        not null,
    referrer                   text,
    presenting_problem         text        not null,
    problem_descriptor         text,
    status                     text        not null
                               check (status in ('AWAITING_TRIAGE', 'WAITING', 'ALLOCATED', 'IN_TREATMENT', 'DISCHARGED', 'CLOSED')),
    step                       smallint    check (step in (2, 3)),
    practitioner_id            uuid,
    waiting_since              date,
    end_code                   text,
    ended_date                 date,
    version                    integer     not null default 0,
    created_at                 timestamptz not null default now(),
    created_by                 uuid,
    changed_at                 timestamptz,
    changed_by                 uuid,
    primary key (service_id, id),
    foreign key (service_id, patient_id) references patient (service_id, id),
    foreign key (service_id, practitioner_id) references staff (service_id, id),
    check ((status in ('DISCHARGED', 'CLOSED')) = (end_code is not null)),
    check (status <> 'WAITING' or (step is not null and waiting_since is not null)),
    check (status not in ('ALLOCATED', 'IN_TREATMENT') or (step is not null and practitioner_id is not null))
);
create index referral_patient_idx on referral (service_id, patient_id);
-- The triage queue (oldest first) and the waiting lists (per step) read these partial indexes.
create index referral_triage_queue_idx on referral (service_id, received_date, id) where status = 'AWAITING_TRIAGE';
create index referral_waiting_idx on referral (service_id, step, received_date, id) where status = 'WAITING';
create index referral_caseload_idx on referral (service_id, practitioner_id, status)
    where status in ('ALLOCATED', 'IN_TREATMENT');

-- Every state change of a referral, append-only: the basis of the chronology.
create table referral_transition (
    service_id                 uuid        not null,
    id                         uuid        not null,
    referral_id                uuid        not null,
    transition                 text        not null,
    from_status                text,
    to_status                  text        not null,
    reason                     text,
    decided_by                 uuid        not null,
    decided_at                 timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id)
);
create index referral_transition_referral_idx on referral_transition (service_id, referral_id, decided_at);

create table triage_decision (
    service_id                 uuid        not null,
    id                         uuid        not null,
    referral_id                uuid        not null,
    screening_outcome          text        not null,
    outcome                    text        not null
                               check (outcome in ('ALLOCATE', 'WAITING_LIST', 'CLOSE')),
    step                       smallint,
    practitioner_id            uuid,
    end_code                   text,
    reason                     text,
    cap_override_reason        text,
    decided_by                 uuid        not null,
    decided_at                 timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id)
);
create index triage_decision_referral_idx on triage_decision (service_id, referral_id, decided_at);

-- Who held which responsibility for a referral, from when to when.
create table responsibility_period (
    service_id                 uuid        not null,
    id                         uuid        not null,
    referral_id                uuid        not null,
    kind                       text        not null check (kind in ('CLINICAL', 'TREATING', 'MEDICAL')),
    staff_id                   uuid,
    gp_practice_id             uuid,
    started_at                 timestamptz not null,
    ended_at                   timestamptz,
    reason                     text        not null,
    recorded_by                uuid        not null,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, staff_id) references staff (service_id, id),
    foreign key (service_id, gp_practice_id) references gp_practice (service_id, id),
    check ((staff_id is null) <> (gp_practice_id is null)),
    check (ended_at is null or ended_at >= started_at)
);
create index responsibility_referral_idx on responsibility_period (service_id, referral_id, kind, started_at);
-- At most one open period of each kind per referral.
create unique index responsibility_open_uq on responsibility_period (service_id, referral_id, kind) where ended_at is null;

-- The decision ledger: who decided what about a case, append-only.
create table decision (
    service_id                 uuid        not null,
    id                         uuid        not null,
    referral_id                uuid        not null,
    kind                       text        not null,
    summary                    text        not null,
    decided_by                 uuid        not null,
    decided_at                 timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, decided_by) references staff (service_id, id)
);
create index decision_referral_idx on decision (service_id, referral_id, decided_at);

-- Records fit for an inquest are never rewritten: refuse UPDATE and DELETE on the ledgers.
create function refuse_change_to_ledger() returns trigger language plpgsql as $$
begin
    raise exception 'The % table is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;

create trigger decision_append_only before update or delete on decision
    for each row execute function refuse_change_to_ledger();
create trigger referral_transition_append_only before update or delete on referral_transition
    for each row execute function refuse_change_to_ledger();
create trigger triage_decision_append_only before update or delete on triage_decision
    for each row execute function refuse_change_to_ledger();

-- Responsibility periods may only be closed (ended_at set once); nothing else may change.
create function guard_responsibility_period() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'Responsibility periods are never deleted' using errcode = 'insufficient_privilege';
    end if;
    if old.ended_at is not null
       or new.referral_id <> old.referral_id or new.kind <> old.kind
       or new.staff_id is distinct from old.staff_id
       or new.gp_practice_id is distinct from old.gp_practice_id
       or new.started_at <> old.started_at then
        raise exception 'A responsibility period can only be ended, once' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger responsibility_period_guard before update or delete on responsibility_period
    for each row execute function guard_responsibility_period();
