-- Case management supervision: each session, and for every case on the agenda whether it was discussed, what was
-- said and decided. A session is signed when saved and never changes; later additions are addenda.
create table supervision_session (
    service_id      uuid        not null,
    id              uuid        not null,
    supervisor_id   uuid        not null,
    supervisee_id   uuid        not null,
    held_on         date        not null,
    signed_at       timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, supervisor_id) references staff (service_id, id),
    foreign key (service_id, supervisee_id) references staff (service_id, id)
);
create index supervision_session_supervisee_idx on supervision_session (service_id, supervisee_id, held_on);

create table supervision_discussion (
    service_id      uuid        not null,
    id              uuid        not null,
    session_id      uuid        not null,
    referral_id     uuid        not null,
    reasons         text[]      not null,
    discussed       boolean     not null,
    discussion      text,
    decision        text        check (decision in ('CONTINUE', 'CHANGE_INTERVENTION', 'STEP_UP', 'STEP_DOWN',
                                                    'REFER_ON', 'DISCHARGE', 'REVIEW_RISK', 'OTHER')),
    actions         text,
    primary key (service_id, id),
    foreign key (service_id, session_id) references supervision_session (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    check (discussed = (decision is not null)),
    check (discussed = (discussion is not null))
);
create index supervision_discussion_referral_idx on supervision_discussion (service_id, referral_id);

create table supervision_addendum (
    service_id      uuid        not null,
    id              uuid        not null,
    session_id      uuid        not null,
    author_id       uuid        not null,
    body            text        not null,
    reason          text        not null,
    added_at        timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, session_id) references supervision_session (service_id, id),
    foreign key (service_id, author_id) references staff (service_id, id)
);

create trigger supervision_session_signed before update or delete on supervision_session
    for each row execute function refuse_change_to_ledger();
create trigger supervision_discussion_signed before update or delete on supervision_discussion
    for each row execute function refuse_change_to_ledger();
create trigger supervision_addendum_append_only before update or delete on supervision_addendum
    for each row execute function refuse_change_to_ledger();
