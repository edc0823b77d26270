-- The person's stated ethnic category, as the national data set codes it; null until it has been asked. Outcomes
-- are broken down by it and the monthly extract reports it.
alter table patient add column ethnic_category text
    check (ethnic_category in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z',
                               '99'));
