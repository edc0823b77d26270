-- Questionnaire responses, item by item, scored by a named definition version; risk flags they raise;
-- each service's own values for the thresholds the national reference leaves unverified; and the outcome
-- stored when a referral ends.

create table questionnaire_response (
    service_id          uuid          not null,
    id                  uuid          not null,
    referral_id         uuid          not null,
    appointment_id      uuid,
    instrument          text          not null,
    definition_version  text          not null,
    answers             jsonb         not null,
    total               numeric(6, 2) not null,
    substituted_items   integer[]     not null default '{}',
    severity            text,
    at_caseness         boolean       not null,
    risk_item_raised    boolean       not null,
    completed_on        date          not null,
    source              text          not null check (source in ('CLINICIAN', 'PATIENT')),
    entered_by          uuid          not null,
    entered_at          timestamptz   not null,
    -- A correction is a new response that names the one it replaces and why; nothing is overwritten.
    corrects            uuid,
    correction_reason   text,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, appointment_id) references appointment (service_id, id),
    foreign key (service_id, entered_by) references staff (service_id, id),
    foreign key (service_id, corrects) references questionnaire_response (service_id, id),
    check ((corrects is null) = (correction_reason is null))
);
create index questionnaire_response_referral_idx
    on questionnaire_response (service_id, referral_id, instrument, completed_on, entered_at);
create unique index questionnaire_response_corrected_once_uq
    on questionnaire_response (service_id, corrects) where corrects is not null;

create trigger questionnaire_response_append_only before update or delete on questionnaire_response
    for each row execute function refuse_change_to_ledger();

-- A risk flag stays until a clinician records a review of it (reviews come with the risk workflow).
create table risk_flag (
    service_id          uuid        not null,
    id                  uuid        not null,
    referral_id         uuid        not null,
    source              text        not null check (source in ('PHQ9_ITEM9', 'CLINICIAN')),
    detail              text        not null,
    response_id         uuid,
    raised_by           uuid        not null,
    raised_at           timestamptz not null,
    primary key (service_id, id),
    foreign key (service_id, referral_id) references referral (service_id, id),
    foreign key (service_id, response_id) references questionnaire_response (service_id, id),
    foreign key (service_id, raised_by) references staff (service_id, id)
);
create index risk_flag_referral_idx on risk_flag (service_id, referral_id, raised_at);
create trigger risk_flag_append_only before update or delete on risk_flag
    for each row execute function refuse_change_to_ledger();

-- A service's own values for unverified cut-offs and reliable-change values, and item wording from its
-- licensed copy of a questionnaire whose wording Stepwise may not ship.
create table measure_setting (
    service_id          uuid          not null references service (id),
    instrument          text          not null,
    cut_off             numeric(6, 2),
    reliable_change     numeric(6, 2),
    item_wording        jsonb         not null default '{}',
    version             integer       not null default 0,
    changed_at          timestamptz   not null,
    changed_by          uuid          not null,
    primary key (service_id, instrument),
    foreign key (service_id, changed_by) references staff (service_id, id)
);

-- The outcome computed when a referral ends, from the first and last paired scores.
create table referral_outcome (
    service_id              uuid        not null,
    referral_id             uuid        not null,
    finished_treatment      boolean     not null,
    treatment_sessions      integer     not null,
    anxiety_measure         text,
    adsm_used               boolean     not null,
    paired                  boolean     not null,
    caseness_at_start       boolean     not null,
    recovered               boolean     not null,
    reliable_improvement    boolean     not null,
    reliable_deterioration  boolean     not null,
    no_reliable_change      boolean     not null,
    reliable_recovery       boolean     not null,
    phq9_first              numeric(6, 2),
    phq9_last               numeric(6, 2),
    anxiety_first           numeric(6, 2),
    anxiety_last            numeric(6, 2),
    computed_at             timestamptz not null,
    primary key (service_id, referral_id),
    foreign key (service_id, referral_id) references referral (service_id, id)
);
