-- Risk: flag reviews, structured risk assessments, safety plans, safeguarding concerns, onward referrals and tasks.
-- Clinical history is append-only (corrections are new rows that name what they replace and why); the few rows
-- that track a current state (a concern's status and owner, an onward referral's status, a task) carry a version
-- and, once closed, never change again.

-- Each service's own time limits; a service without a row uses the defaults written here and in RiskSettings.
create table risk_setting (
    service_id                  uuid        not null references service (id),
    flag_review_working_days    integer     not null default 1 check (flag_review_working_days between 0 and 5),
    chase_emergency_hours       integer     not null default 4 check (chase_emergency_hours between 1 and 24),
    chase_urgent_hours          integer     not null default 24 check (chase_urgent_hours between 1 and 72),
    chase_routine_working_days  integer     not null default 5 check (chase_routine_working_days between 1 and 20),
    version                     integer     not null default 0,
    changed_at                  timestamptz not null,
    changed_by                  uuid        not null,
    primary key (service_id),
    foreign key (service_id, changed_by) references staff (service_id, id)
);

-- When each flag's review falls due is fixed when it is raised, so a later change of setting never moves a
-- deadline someone is already working to. Flags raised before this migration get the default of one day;
-- the append-only trigger is set aside only for that one backfill.
alter table risk_flag add column review_due_at timestamptz;
alter table risk_flag disable trigger risk_flag_append_only;
update risk_flag set review_due_at = raised_at + interval '1 day';
alter table risk_flag enable trigger risk_flag_append_only;
alter table risk_flag alter column review_due_at set not null;
create index risk_flag_due_idx on risk_flag (service_id, review_due_at, id);

-- A flag stays open until a clinician records a review; the primary key allows exactly one review per flag.
create table risk_flag_review (
    service_id          uuid        not null,
    flag_id             uuid        not null,
    outcome             text        not null,
    reviewed_by         uuid        not null,
    reviewed_at         timestamptz not null,
    primary key (service_id, flag_id),
    foreign key (service_id, flag_id) references risk_flag (service_id, id),
    foreign key (service_id, reviewed_by) references staff (service_id, id)
);
create trigger risk_flag_review_append_only before update or delete on risk_flag_review
    for each row execute function refuse_change_to_ledger();

-- The clinician's assessment in words (NICE NG225: no score, no prediction from a scale).
create table risk_assessment (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    assessed_on         date        not null,
    protective_factors  text        not null,
    formulation         text        not null,
    judgement           text        not null,
    management_plan     text        not null,
    recorded_by         uuid        not null,
    recorded_at         timestamptz not null,
    corrects            uuid,
    correction_reason   text,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, recorded_by) references staff (service_id, id),
    foreign key (service_id, corrects) references risk_assessment (service_id, id),
    check ((corrects is null) = (correction_reason is null))
);
create index risk_assessment_referral_idx on risk_assessment (service_id, referral_id, recorded_at);
create unique index risk_assessment_corrected_once_uq on risk_assessment (service_id, corrects) where corrects is not null;
create trigger risk_assessment_append_only before update or delete on risk_assessment
    for each row execute function refuse_change_to_ledger();

-- What was asked in each area of the assessment, and what the person said.
create table risk_assessment_finding (
    service_id          uuid        not null,
    assessment_id       uuid        not null,
    area                text        not null check (area in ('THOUGHTS', 'PLANS', 'INTENT', 'MEANS', 'HISTORY',
                                                             'RISK_TO_OTHERS', 'RISK_FROM_OTHERS')),
    answer              text        not null check (answer in ('YES', 'NO', 'NOT_KNOWN')),
    detail              text,
    primary key (service_id, assessment_id, area),
    foreign key (service_id, assessment_id) references risk_assessment (service_id, id),
    check (answer <> 'YES' or detail is not null)
);
create trigger risk_assessment_finding_append_only before update or delete on risk_assessment_finding
    for each row execute function refuse_change_to_ledger();

-- A safety plan written with the person; every change is a new numbered version saying why.
create table safety_plan (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    version_no          integer     not null check (version_no >= 1),
    warning_signs       text        not null,
    coping_strategies   text        not null,
    people_and_places   text,
    people_to_ask       text,
    crisis_contacts     text        not null,
    safe_environment    text,
    reasons_for_living  text,
    review_on           date        not null,
    copy_given          boolean     not null,
    change_reason       text,
    recorded_by         uuid        not null,
    recorded_at         timestamptz not null,
    primary key (service_id, id),
    unique (service_id, referral_id, version_no),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, recorded_by) references staff (service_id, id),
    check ((version_no = 1) = (change_reason is null))
);
create trigger safety_plan_append_only before update or delete on safety_plan
    for each row execute function refuse_change_to_ledger();

-- Rows that track a state may change until they reach a closing state, then never again.
create function refuse_change_after_closing() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'Rows of % are never deleted', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if old.status = any (tg_argv) then
        raise exception 'A closed row of % cannot change', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create table safeguarding_concern (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    concern_for         text        not null check (concern_for in ('CHILD', 'ADULT')),
    person_at_risk      text        not null,
    concern             text        not null,
    noticed_on          date        not null,
    owner_id            uuid        not null,
    status              text        not null check (status in ('OPEN', 'REFERRED', 'CLOSED')),
    raised_by           uuid        not null,
    raised_at           timestamptz not null,
    closed_at           timestamptz,
    version             integer     not null default 0,
    changed_at          timestamptz,
    changed_by          uuid,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, owner_id) references staff (service_id, id),
    foreign key (service_id, raised_by) references staff (service_id, id),
    check ((status = 'CLOSED') = (closed_at is not null))
);
create index safeguarding_concern_referral_idx on safeguarding_concern (service_id, referral_id, raised_at);
create index safeguarding_concern_open_idx on safeguarding_concern (service_id, raised_at, id) where status <> 'CLOSED';
create index safeguarding_concern_owner_idx on safeguarding_concern (service_id, owner_id) where status <> 'CLOSED';
create trigger safeguarding_concern_guard before update or delete on safeguarding_concern
    for each row execute function refuse_change_after_closing('CLOSED');

-- Everything done about a concern, in order: raised, actions taken, hand-overs, closure.
create table safeguarding_action (
    service_id          uuid        not null,
    id                  uuid        not null,
    concern_id          uuid        not null,
    kind                text        not null check (kind in ('RAISED', 'DISCUSSED', 'SAFEGUARDING_REFERRAL',
                                                             'INFORMED_AGENCY', 'POLICE', 'OTHER', 'OWNER_CHANGED',
                                                             'CLOSED')),
    taken_on            date        not null,
    detail              text        not null,
    contact             text,
    reference           text,
    owner_id            uuid,
    recorded_by         uuid        not null,
    recorded_at         timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, concern_id) references safeguarding_concern (service_id, id),
    foreign key (service_id, owner_id) references staff (service_id, id),
    foreign key (service_id, recorded_by) references staff (service_id, id),
    check (kind <> 'SAFEGUARDING_REFERRAL' or contact is not null),
    check ((kind = 'OWNER_CHANGED') = (owner_id is not null))
);
create index safeguarding_action_concern_idx on safeguarding_action (service_id, concern_id, recorded_at);
create trigger safeguarding_action_append_only before update or delete on safeguarding_action
    for each row execute function refuse_change_to_ledger();

-- Referring a person on (national data set IDS105: date and time, reason, organisation referred to).
create table onward_referral (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    destination         text        not null check (destination in ('CRISIS_TEAM', 'COMMUNITY_MENTAL_HEALTH_TEAM',
                                                                    'SECONDARY_CARE', 'OTHER')),
    organisation        text        not null,
    urgency             text        not null check (urgency in ('EMERGENCY', 'URGENT', 'ROUTINE')),
    referred_at         timestamptz not null,
    reason              text        not null,
    status              text        not null check (status in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED',
                                                               'WITHDRAWN')),
    chase_due_at        timestamptz,
    version             integer     not null default 0,
    created_by          uuid        not null,
    created_at          timestamptz not null,
    changed_at          timestamptz,
    changed_by          uuid,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, created_by) references staff (service_id, id),
    check ((status in ('SENT', 'ACKNOWLEDGED')) = (chase_due_at is not null))
);
create index onward_referral_referral_idx on onward_referral (service_id, referral_id, referred_at);
create index onward_referral_awaiting_idx on onward_referral (service_id, chase_due_at, id)
    where status in ('SENT', 'ACKNOWLEDGED');
create trigger onward_referral_guard before update or delete on onward_referral
    for each row execute function refuse_change_after_closing('ACCEPTED', 'DECLINED', 'WITHDRAWN');

create table onward_referral_event (
    service_id          uuid        not null,
    id                  uuid        not null,
    onward_referral_id  uuid        not null,
    status              text        not null,
    occurred_on         date        not null,
    note                text,
    recorded_by         uuid        not null,
    recorded_at         timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, onward_referral_id) references onward_referral (service_id, id),
    foreign key (service_id, recorded_by) references staff (service_id, id)
);
create index onward_referral_event_idx on onward_referral_event (service_id, onward_referral_id, recorded_at);
create trigger onward_referral_event_append_only before update or delete on onward_referral_event
    for each row execute function refuse_change_to_ledger();

-- Work with an owner and a due date, linked to a case; made by hand or by a rule (chasing an onward referral).
create table task (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    title               text        not null,
    owner_id            uuid        not null,
    due_on              date        not null,
    priority            text        not null check (priority in ('HIGH', 'NORMAL', 'LOW')),
    origin              text        not null check (origin in ('BY_HAND', 'CHASE_ONWARD_REFERRAL',
                                                               'ONWARD_REFERRAL_DECLINED')),
    onward_referral_id  uuid,
    status              text        not null check (status in ('OPEN', 'DONE')),
    created_by          uuid        not null,
    created_at          timestamptz not null,
    completed_by        uuid,
    completed_at        timestamptz,
    completion_note     text,
    version             integer     not null default 0,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, owner_id) references staff (service_id, id),
    foreign key (service_id, created_by) references staff (service_id, id),
    foreign key (service_id, completed_by) references staff (service_id, id),
    foreign key (service_id, onward_referral_id) references onward_referral (service_id, id),
    check ((status = 'DONE') = (completed_at is not null and completed_by is not null)),
    check ((origin = 'BY_HAND') = (onward_referral_id is null))
);
create index task_referral_idx on task (service_id, referral_id, due_on);
create index task_owner_open_idx on task (service_id, owner_id, due_on, id) where status = 'OPEN';
create index task_open_idx on task (service_id, due_on, id) where status = 'OPEN';
create index task_onward_open_idx on task (service_id, onward_referral_id) where status = 'OPEN';
create trigger task_guard before update or delete on task
    for each row execute function refuse_change_after_closing('DONE');
