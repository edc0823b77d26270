package org.stepwise.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a referral's plan (days between its steps) into moments in office hours on working
 * days, strictly in order, ending before now.
 */
final class Timeline {

    static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");
    private static final LocalTime OPENING = LocalTime.of(8, 30);
    private static final int OPEN_MINUTES = 9 * 60;
    /** The last step happened at least this long ago, so no record is stamped in the future. */
    private static final Duration SETTLED = Duration.ofMinutes(30);

    /** When the referral arrived and when each step was recorded, the first being its receipt. */
    record Laid(LocalDate received, Instant[] moments) {
    }

    private Timeline() {
    }

    /**
     * @param gaps       days from each step to the next, the first from arrival to being recorded;
     *                   a gap of 0 means minutes later, in the same sitting
     * @param daysAgo    how many days before today the last step should fall
     */
    static Laid lay(int[] gaps, int daysAgo, Instant now, Dice dice) {
        int span = 0;
        for (int g : gaps) {
            span += g;
        }
        LocalDate today = LocalDate.ofInstant(now, SERVICE_ZONE);
        LocalDate received = today.minusDays((long) daysAgo + span);
        ZonedDateTime[] at = new ZonedDateTime[gaps.length];
        // Days follow the plan, not the moments: a step moved off a weekend does not push later ones.
        LocalDate day = received;
        for (int i = 0; i < gaps.length; i++) {
            ZonedDateTime previous = i == 0 ? null : at[i - 1];
            if (i > 0 && gaps[i] == 0) {
                at[i] = previous.plusSeconds(dice.between(60, 1800));
                continue;
            }
            day = day.plusDays(gaps[i]);
            ZonedDateTime candidate = officeMoment(day, dice);
            at[i] = previous != null && !candidate.isAfter(previous)
                    ? previous.plusSeconds(dice.between(120, 2700)) : candidate;
        }
        // Moving whole weeks back keeps every step on the weekday and hour it was given.
        while (at[at.length - 1].toInstant().isAfter(now.minus(SETTLED))) {
            for (int i = 0; i < at.length; i++) {
                at[i] = at[i].minusWeeks(1);
            }
            received = received.minusWeeks(1);
        }
        Instant[] moments = new Instant[at.length];
        for (int i = 0; i < at.length; i++) {
            moments[i] = at[i].toInstant();
        }
        return new Laid(received, moments);
    }

    /** A time the office is open on that day; work that would fall at a weekend is spread over the next week. */
    private static ZonedDateTime officeMoment(LocalDate day, Dice dice) {
        LocalDate working = switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(dice.between(2, 6));
            case SUNDAY -> day.plusDays(dice.between(1, 5));
            default -> day;
        };
        return working.atTime(OPENING.plusSeconds(dice.between(0, OPEN_MINUTES * 60))).atZone(SERVICE_ZONE)
                .plusNanos(dice.between(0, 999_999) * 1_000L);
    }
}
