-- Every ledger row names a member of the same service as its author.
alter table referral_transition
    add foreign key (service_id, decided_by) references staff (service_id, id);
alter table triage_decision
    add foreign key (service_id, decided_by) references staff (service_id, id);
alter table responsibility_period
    add foreign key (service_id, recorded_by) references staff (service_id, id);
