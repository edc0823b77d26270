-- Actions agreed in supervision become tasks with an owner and a due date, linked to the discussion that agreed
-- them, so the record shows whether each was done.
alter table task drop constraint task_origin_check;
alter table task add constraint task_origin_check
    check (origin in ('BY_HAND', 'CHASE_ONWARD_REFERRAL', 'ONWARD_REFERRAL_DECLINED', 'SUPERVISION_ACTION'));
-- Only the onward-referral rules' tasks name an onward referral (this replaced the check that every task not made
-- by hand names one).
alter table task drop constraint task_check1;
alter table task add constraint task_onward_referral_linked
    check ((origin in ('CHASE_ONWARD_REFERRAL', 'ONWARD_REFERRAL_DECLINED')) = (onward_referral_id is not null));
alter table task add column supervision_discussion_id uuid;
alter table task add constraint task_supervision_discussion_fk
    foreign key (service_id, supervision_discussion_id) references supervision_discussion (service_id, id);
alter table task add constraint task_supervision_action_linked
    check ((origin = 'SUPERVISION_ACTION') = (supervision_discussion_id is not null));
create index task_supervision_discussion_idx on task (service_id, supervision_discussion_id)
    where supervision_discussion_id is not null;

create index supervision_addendum_session_idx on supervision_addendum (service_id, session_id, added_at);
-- When each case was last discussed (the agenda's coverage rule) joins a supervisee's sessions to their
-- discussions. Without this index PostgreSQL read every discussion in the service for each session: 40 ms per
-- agenda at national scale (about 9,000 discussions per service), about 1 ms with it.
create index supervision_discussion_session_idx on supervision_discussion (service_id, session_id);
