-- When each case was last discussed (the agenda's coverage rule) joins a supervisee's sessions to their
-- discussions. Without this index PostgreSQL read every discussion in the service for each session: 40 ms per
-- agenda at national scale (about 9,000 discussions per service), about 1 ms with it.
create index supervision_discussion_session_idx on supervision_discussion (service_id, session_id);
