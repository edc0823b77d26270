-- How each triage decision was reached: by reading the referral, or at an appointment with the person.
alter table triage_decision
    add column triage_mode text not null default 'PAPER_SCREENING'
        check (triage_mode in ('PAPER_SCREENING', 'TRIAGE_APPOINTMENT')),
    add column appointment_on date;
