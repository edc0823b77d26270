-- Outcomes and waiting times read referrals by the day they ended, and each referral's attended treatment
-- appointments (the first and second dates and the count); these indexes keep both to index scans per service.
create index referral_ended_idx on referral (service_id, ended_date, id) where ended_date is not null;
create index referral_open_received_idx on referral (service_id, received_date, id)
    where status in ('AWAITING_TRIAGE', 'WAITING', 'ALLOCATED', 'IN_TREATMENT');
-- Treatment appointments as the national figures count them: purpose 02, 03 or 05 attended (code 5 or 6).
create index appointment_attended_treatment_idx on appointment (service_id, referral_id, starts_at)
    where attendance in ('5', '6') and purpose in ('02', '03', '05');
-- DNA rates by month read every appointment whose outcome is known.
create index appointment_outcome_month_idx on appointment (service_id, starts_at) where attendance is not null;
