-- Each service's numbers and switches for the supervision agenda. A service with no row works to the defaults in
-- AgendaSettings.defaults(); the checks mirror the ranges the page accepts.
create table supervision_setting (
    service_id              uuid        not null references service (id),
    review_at_session       integer     not null check (review_at_session between 1 and 20),
    no_contact_weeks        integer     not null check (no_contact_weeks between 1 and 12),
    step_two_session_limit  integer     not null check (step_two_session_limit between 1 and 30),
    step_three_session_limit integer    not null check (step_three_session_limit between 1 and 40),
    sessions_before_limit   integer     not null check (sessions_before_limit between 0 and 10),
    waiting_too_long_weeks  integer     not null check (waiting_too_long_weeks between 1 and 52),
    coverage_weeks          integer     not null check (coverage_weeks between 1 and 12),
    newly_assessed_days     integer     not null check (newly_assessed_days between 1 and 31),
    rules_off               text[]      not null default '{}'
                                        check (not (rules_off && array['RISK', 'COVERAGE'])),
    version                 integer     not null default 0,
    changed_at              timestamptz not null,
    changed_by              uuid        not null,
    primary key (service_id),
    foreign key (service_id, changed_by) references staff (service_id, id)
);
