-- Trainee PWPs: the competencies a service expects, each signed off by the trainee's supervisor with the date and
-- the evidence, and the mid-year and end-of-year reviews. Sign-offs and reviews are never changed.
create table competency (
    service_id      uuid        not null references service (id),
    code            text        not null,
    title           text        not null,
    position        integer     not null,
    retired         boolean     not null default false,
    primary key (service_id, code)
);

create table competency_signoff (
    service_id      uuid        not null,
    id              uuid        not null,
    trainee_id      uuid        not null,
    competency_code text        not null,
    signed_on       date        not null,
    evidence        text        not null check (length(evidence) between 1 and 4000),
    signed_by       uuid        not null,
    signed_at       timestamptz not null,
    primary key (service_id, id),
    unique (service_id, trainee_id, competency_code),
    foreign key (service_id, trainee_id) references staff (service_id, id),
    foreign key (service_id, competency_code) references competency (service_id, code),
    foreign key (service_id, signed_by) references staff (service_id, id)
);

create table trainee_review (
    service_id      uuid        not null,
    id              uuid        not null,
    trainee_id      uuid        not null,
    kind            text        not null check (kind in ('MID_YEAR', 'END_OF_YEAR')),
    reviewed_on     date        not null,
    summary         text        not null check (length(summary) between 1 and 8000),
    reviewed_by     uuid        not null,
    signed_at       timestamptz not null,
    primary key (service_id, id),
    unique (service_id, trainee_id, kind),
    foreign key (service_id, trainee_id) references staff (service_id, id),
    foreign key (service_id, reviewed_by) references staff (service_id, id)
);

create trigger competency_signoff_append_only before update or delete on competency_signoff
    for each row execute function refuse_change_to_ledger();
create trigger trainee_review_append_only before update or delete on trainee_review
    for each row execute function refuse_change_to_ledger();

-- Every service starts from the three modules of the national PWP curriculum; a service lead adds its own.
insert into competency (service_id, code, title, position)
select s.id, c.code, c.title, c.position
  from service s
 cross join (values
    ('ENGAGEMENT', 'Engagement and assessment of people with common mental health problems', 1),
    ('RISK', 'Assessing and managing risk, including safeguarding', 2),
    ('LI_TREATMENT', 'Evidence-based low-intensity treatment', 3),
    ('MEASURES', 'Using outcome measures session by session', 4),
    ('SUPERVISION', 'Using case management supervision', 5),
    ('VALUES', 'Values, diversity and context', 6)) as c(code, title, position);
