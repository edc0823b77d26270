-- Whether the person came to the triage appointment. Someone who did not was never seen, so the only ending code
-- that fits closing their referral is 50, not assessed (NHS England's grouping; see referral.EndingCode). Decisions
-- recorded before this was asked were all made with the person, so they count as attended.
alter table triage_decision add column appointment_attended boolean;
update triage_decision set appointment_attended = true where appointment_on is not null;
alter table triage_decision add constraint triage_decision_attendance_with_appointment
    check ((appointment_on is null) = (appointment_attended is null));
