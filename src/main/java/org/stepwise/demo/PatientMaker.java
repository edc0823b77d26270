package org.stepwise.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * Invents one patient at a time, registered just before their first referral, with that
 * referral and, for about one in ten, an earlier one that has ended.
 */
final class PatientMaker {

    /** Person stated gender codes 2, 1, 9 and X, per thousand referrals: most people referred are women. */
    private static final String[] GENDERS = {"2", "1", "9", "X"};
    private static final int[] GENDER_WEIGHTS = {630, 350, 5, 15};
    private static final double HAS_EARLIER_REFERRAL = 0.1;
    /**
     * Ethnic category codes A–S, then Z (chose not to say) and 99 (not asked), per thousand people: close to the
     * 2021 census of England and Wales (ONS, "Ethnic group, England and Wales: Census 2021", 29 November 2022), with
     * about one in twenty unanswered, as services' records have.
     */
    private static final String[] ETHNIC_CATEGORIES = {"A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N",
        "P", "R", "S", "Z", "99"};
    private static final int[] ETHNIC_WEIGHTS = {700, 9, 60, 9, 4, 8, 8, 30, 27, 11, 16, 10, 25, 5, 7, 21, 30, 20};

    private final Roster roster;
    private final DemoRows rows;
    private final Dice dice;
    private final Dice ids;
    /** Its own dice, so that adding ethnic groups changed no other row a seed makes. */
    private final Dice ethnicity;
    private final NhsNumbers nhsNumbers;
    private final OutcomeDeck deck = new OutcomeDeck();
    private final CaseWriter cases;
    private final Instant now;
    private final LocalDate today;

    PatientMaker(Roster roster, DemoRows rows, Dice dice, Dice ids, long nhsSeed, Instant now, ZoneId clockZone,
                 SupervisionHistory supervision) {
        this.roster = roster;
        this.rows = rows;
        this.dice = dice;
        this.ids = ids;
        this.nhsNumbers = new NhsNumbers(nhsSeed);
        this.ethnicity = new Dice(nhsSeed ^ 0x2021L);
        this.cases = new CaseWriter(roster, rows, dice, ids, clockZone, now, supervision);
        this.now = now;
        this.today = LocalDate.ofInstant(now, Timeline.SERVICE_ZONE);
    }

    void next() {
        String gender = GENDERS[dice.weighted(GENDER_WEIGHTS)];
        PeopleNames.Name name = PeopleNames.person(dice, gender);
        Roster.Practice gp = dice.pick(roster.practices());
        String[] locality = Addresses.locality(dice);
        UUID patient = ids.uuid();

        JourneyPlan current = JourneyPlanner.current(deck.next(), dice);
        Timeline.Laid currentTimes = Timeline.lay(current.gaps(), current.daysAgo(), now, dice);
        JourneyPlan earlier = null;
        Timeline.Laid earlierTimes = null;
        if (dice.chance(HAS_EARLIER_REFERRAL)) {
            int daysSinceArrival = (int) ChronoUnit.DAYS.between(currentTimes.received(), today);
            earlier = JourneyPlanner.earlier(daysSinceArrival, dice);
            earlierTimes = Timeline.lay(earlier.gaps(), earlier.daysAgo(), now, dice);
        }
        UUID registrar = receiver();
        Instant firstRecorded = (earlierTimes == null ? currentTimes : earlierTimes).moments()[0];
        rows.patient.add(roster.serviceId(), patient, nhsNumbers.next(), name.given(), name.family(), dateOfBirth(),
                gender,
                gp.id(), Addresses.address(dice, locality), Addresses.postcode(dice, locality), phone(),
                email(name), firstRecorded.minusSeconds(dice.between(60, 900)), registrar,
                ETHNIC_CATEGORIES[ethnicity.weighted(ETHNIC_WEIGHTS)]);
        if (earlier != null) {
            cases.write(earlier, earlierTimes, patient, gp, registrar);
            registrar = receiver();
        }
        cases.write(current, currentTimes, patient, gp, registrar);
    }

    HistoryTally tally() {
        return cases.tally();
    }

    /** Mostly the administrator logs referrals; the allocators do when the office is busy. */
    private UUID receiver() {
        return dice.chance(0.7) ? roster.admin() : dice.pick(roster.allocators());
    }

    /** Aged 18 to 85, most between 18 and 45 as in services' intake. */
    private LocalDate dateOfBirth() {
        double roll = dice.fraction();
        int age = roll < 0.7 ? dice.between(18, 45) : roll < 0.92 ? dice.between(46, 65) : dice.between(66, 85);
        return today.minusYears(age).minusDays(dice.between(0, 364));
    }

    private String phone() {
        double roll = dice.fraction();
        return roll < 0.8 ? Addresses.mobile(dice) : roll < 0.95 ? Addresses.landline(dice) : null;
    }

    private String email(PeopleNames.Name name) {
        if (!dice.chance(0.35)) {
            return null;
        }
        String local = (name.given() + "." + name.family()).toLowerCase(Locale.UK).replaceAll("[^a-z.]", "");
        return (dice.chance(0.4) ? local + dice.between(1, 99) : local) + "@example.com";
    }
}
