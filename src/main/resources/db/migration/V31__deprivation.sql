-- England's Index of Multiple Deprivation by area, and the postcodes in each area, as published nationally and
-- loaded by an operator (--stepwise.deprivation.load, docs/outcomes.md). Reference data for the whole country:
-- no patient data and no service_id. Outcomes read a patient's IMD decile through their postcode.

-- A postcode (as ONS writes it in pcds: upper case, one space before the inward code) and the Lower layer Super
-- Output Area it lies in.
create table deprivation_postcode (
    postcode  text primary key,
    lsoa_code text not null
);

-- Each LSOA's IMD decile: 1 is the most deprived tenth of England's LSOAs, 10 the least.
create table deprivation_lsoa (
    lsoa_code  text primary key,
    imd_decile smallint not null check (imd_decile between 1 and 10)
);

-- Every load: which files, when, by whom, and what they held. Each load replaces the two tables above whole.
create table deprivation_load (
    id              bigint generated always as identity primary key,
    loaded_at       timestamptz not null default now(),
    loaded_by       text not null,
    postcode_file   text not null,
    lsoa_column     text not null,
    postcodes       integer not null,
    imd_file        text not null,
    imd_lsoa_column text not null,
    imd_decile_column text not null,
    lsoas           integer not null
);

-- A postcode as a patient's record may hold it ('ls1 4ap', 'LS14AP') written as pcds writes it ('LS1 4AP'), so it
-- can be looked up in deprivation_postcode; the Java side is deprivation.Postcodes.normalise. Every UK inward code
-- is its last three characters, so the space goes before them (anything too short to be a postcode finds nothing
-- either way). Plain string functions in a single expression, which PostgreSQL inlines into the query: the outcome
-- queries run this once per referral, and regular expressions took more than twice as long.
create function postcode_pcds(postcode text) returns text language sql immutable parallel safe as $$
    select left(translate(upper(postcode), E' \t\r\n', ''), -3) || ' '
        || right(translate(upper(postcode), E' \t\r\n', ''), 3)
$$;
