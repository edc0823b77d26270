-- Who has a legitimate relationship with which case: the one place the access policy reads.
-- A member of staff is linked to a referral if they ever held clinical or treating responsibility for it,
-- if they supervise its current practitioner, or if they allocated it and it is not yet taken on.
create view case_link as
    select r.service_id, r.id as referral_id, r.patient_id, p.staff_id, 'RESPONSIBLE' as link
      from responsibility_period p
      join referral r on r.service_id = p.service_id and r.id = p.referral_id
     where p.staff_id is not null
    union all
    select r.service_id, r.id, r.patient_id, s.supervisor_id, 'SUPERVISES_PRACTITIONER'
      from referral r
      join staff s on s.service_id = r.service_id and s.id = r.practitioner_id
     where s.supervisor_id is not null
    union all
    select r.service_id, r.id, r.patient_id, t.decided_by, 'ALLOCATED_NOT_YET_ACCEPTED'
      from referral r
      join triage_decision t on t.service_id = r.service_id and t.referral_id = r.id and t.outcome = 'ALLOCATE'
     where r.status = 'ALLOCATED';

create index responsibility_staff_idx on responsibility_period (service_id, staff_id, referral_id);
create index referral_practitioner_idx on referral (service_id, practitioner_id);

-- Emergency ("break-glass") access to a record outside one's relationships: a reason, a time limit,
-- and a review by the service lead.
create table break_glass (
    service_id      uuid        not null,
    id              uuid        not null,
    staff_id        uuid        not null,
    patient_id      uuid        not null,
    reason          text        not null check (length(reason) between 10 and 2000),
    started_at      timestamptz not null,
    expires_at      timestamptz not null,
    reviewed_by     uuid,
    reviewed_at     timestamptz,
    review_note     text,
    version         integer     not null default 0,
    primary key (service_id, id),
    foreign key (service_id, staff_id) references staff (service_id, id),
    foreign key (service_id, patient_id) references patient (service_id, id),
    foreign key (service_id, reviewed_by) references staff (service_id, id),
    check (expires_at > started_at),
    check ((reviewed_by is null) = (reviewed_at is null))
);
create index break_glass_active_idx on break_glass (service_id, staff_id, patient_id, expires_at);
create index break_glass_review_idx on break_glass (service_id, reviewed_at, started_at);

alter table service add column break_glass_hours integer not null default 4 check (break_glass_hours between 1 and 24);
