-- Accounts and sessions: password changes, two-step sign-in, organisation sign-in, sign-in throttling.

alter table staff
    -- Set when someone else (a service lead) chose the password: the first sign-in must replace it.
    add column must_change_password boolean     not null default false,
    add column password_changed_at  timestamptz,
    -- The stable identifier the organisation's identity provider sends (OpenID Connect), set by a service lead.
    add column oidc_subject         text,
    -- The authenticator app's secret, encrypted (AES-GCM) with a key kept outside the database.
    add column totp_secret          bytea,
    add column totp_confirmed_at    timestamptz,
    -- The time step of the last code accepted, so that no code is accepted twice.
    add column totp_last_step       bigint;

-- Sign-in happens before the service is known, so an identity links to one person across the installation.
create unique index staff_oidc_subject_uq on staff (oidc_subject) where oidc_subject is not null;

-- Failed sign-ins per user name. The name is kept only as a SHA-256 hash of its lower-case form, since
-- people sometimes type their password into the user name box. Names of no account are counted too.
create table sign_in_throttle (
    name_hash          bytea       primary key,
    failures           integer     not null,
    window_started_at  timestamptz not null,
    locked_until       timestamptz,
    last_failure_at    timestamptz not null
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);

-- How a service signs its staff in. A service without a row has the defaults.
create table sign_in_policy (
    service_id               uuid        primary key references service (id),
    two_step_required        boolean     not null default false,
    version                  integer     not null default 0,
    changed_at               timestamptz,
    changed_by               uuid,
    foreign key (service_id, changed_by) references staff (service_id, id)
);
