-- The month's extract reads the questionnaires completed in the month (IDS606) and those completed at the month's
-- attended contacts (IDS607). With the columns it reads in the month index, PostgreSQL answers the first from the
-- index alone; the second starts from the month's contacts and finds each one's questionnaires by its appointment,
-- rather than reading every questionnaire the service holds.
create index questionnaire_response_month_cover_idx on questionnaire_response (service_id, completed_on)
    include (id, referral_id, appointment_id, instrument, total);
drop index questionnaire_response_month_idx;
create index questionnaire_response_appointment_idx on questionnaire_response (service_id, appointment_id)
    where appointment_id is not null;
