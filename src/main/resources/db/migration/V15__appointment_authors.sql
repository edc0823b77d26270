-- Whoever recorded an appointment's outcome or last changed it is a member of the same service's staff, as the
-- other authors on an appointment already are.
alter table appointment add constraint appointment_outcome_recorded_by_fk
    foreign key (service_id, outcome_recorded_by) references staff (service_id, id);
alter table appointment add constraint appointment_changed_by_fk
    foreign key (service_id, changed_by) references staff (service_id, id);
