-- Appointments and contacts: what was booked, what happened, and the signed notes of each session.

create table appointment (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    practitioner_id     uuid        not null,
    starts_at           timestamptz not null,
    planned_minutes     integer     not null check (planned_minutes between 5 and 240),
    purpose             text        not null check (purpose in ('01', '02', '03', '04', '05', '06', '10')),
    mechanism           text        not null check (mechanism in ('01', '02', '04', '05', '09', '10', '11', '12', '13', '98')),
    attendance          text        check (attendance in ('2', '3', '4', '5', '6', '7')),
    attended_minutes    integer     check (attended_minutes between 1 and 480),
    intervention        text,
    cancellation_reason text,
    rebooked_from       uuid,
    outcome_recorded_at timestamptz,
    outcome_recorded_by uuid,
    version             integer     not null default 0,
    created_at          timestamptz not null,
    created_by          uuid        not null,
    changed_at          timestamptz,
    changed_by          uuid,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, practitioner_id) references staff (service_id, id),
    foreign key (service_id, rebooked_from) references appointment (service_id, id),
    foreign key (service_id, created_by) references staff (service_id, id),
    -- Seen means a duration was recorded; not seen means none was.
    check ((attendance in ('5', '6')) = (attended_minutes is not null)),
    check ((attendance is null) = (outcome_recorded_at is null))
);
create index appointment_referral_idx on appointment (service_id, referral_id, starts_at);
create index appointment_diary_idx on appointment (service_id, practitioner_id, starts_at);

-- A session note is signed when it is saved and never changes afterwards; later changes are addenda.
create table session_note (
    service_id      uuid        not null,
    id              uuid        not null,
    appointment_id  uuid        not null,
    referral_id     uuid        not null,
    author_id       uuid        not null,
    body            text        not null check (length(body) between 1 and 20000),
    signed_at       timestamptz not null,
    primary key (service_id, id),
    unique (service_id, appointment_id),
    foreign key (service_id, appointment_id) references appointment (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, author_id) references staff (service_id, id)
);

create table note_addendum (
    service_id      uuid        not null,
    id              uuid        not null,
    note_id         uuid        not null,
    author_id       uuid        not null,
    body            text        not null check (length(body) between 1 and 20000),
    reason          text        not null check (length(reason) between 1 and 1000),
    added_at        timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, note_id) references session_note (service_id, id),
    foreign key (service_id, author_id) references staff (service_id, id)
);
create index note_addendum_note_idx on note_addendum (service_id, note_id, added_at);

create trigger session_note_signed before update or delete on session_note
    for each row execute function refuse_change_to_ledger();
create trigger note_addendum_append_only before update or delete on note_addendum
    for each row execute function refuse_change_to_ledger();

-- The service's DNA policy: after this many missed appointments the caseload prompts a discharge review.
alter table service add column dna_prompt_after integer not null default 2 check (dna_prompt_after between 1 and 10);
