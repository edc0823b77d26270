-- The national data set extract reads one service's month at a time: contacts by when they happened, questionnaires
-- by when they were completed and onward referrals by when they were sent.
create index appointment_month_idx on appointment (service_id, starts_at);
create index questionnaire_response_month_idx on questionnaire_response (service_id, completed_on);
create index onward_referral_month_idx on onward_referral (service_id, referred_at);
