-- The outcome figures read, per referral, only the instant, purpose and intervention of its attended appointments,
-- and, per period, only the instant, outcome, purpose, practitioner and referral of each appointment with a known
-- outcome (missed appointments by month; the referrals treated in a period). With those columns in the index
-- PostgreSQL answers from the index alone, without visiting the table for each appointment (docs/performance.md).
create index appointment_attended_idx on appointment (service_id, referral_id, starts_at)
    include (id, purpose, intervention) where attendance in ('5', '6');
drop index appointment_attended_treatment_idx;
create index appointment_known_outcome_month_idx on appointment (service_id, starts_at)
    include (attendance, purpose, practitioner_id, referral_id) where attendance is not null;
drop index appointment_outcome_month_idx;
