-- The service lead keeps the competency list: each change is versioned and names who made it and when.
alter table competency add column version integer not null default 0;
alter table competency add column changed_at timestamptz;
alter table competency add column changed_by uuid;
alter table competency add constraint competency_changed_by_fk
    foreign key (service_id, changed_by) references staff (service_id, id);
alter table competency add constraint competency_title_length check (length(title) between 1 and 200);
