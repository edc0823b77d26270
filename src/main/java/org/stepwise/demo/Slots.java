package org.stepwise.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Appointment times in one stretch of care: working days at the person's usual time, every
 * recorded moment before the stretch ends (or before now, while it goes on).
 */
final class Slots {

    private static final ZoneId ZONE = Timeline.SERVICE_ZONE;
    /** Room after a session for the outcome and note to be recorded before the next event. */
    private static final Duration SETTLE = Duration.ofMinutes(60);

    private final Dice dice;
    private final Habits habits;
    private final Instant horizon;
    private final Instant now;

    /** @param horizon the end of the stretch of care, or now while it goes on */
    Slots(Dice dice, Habits habits, Instant horizon, Instant now) {
        this.dice = dice;
        this.habits = habits;
        this.horizon = horizon;
        this.now = now;
    }

    static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZONE);
    }

    static Instant quarterBefore(Instant t) {
        ZonedDateTime z = t.atZone(ZONE).truncatedTo(ChronoUnit.MINUTES);
        return z.minusMinutes(z.getMinute() % 15).toInstant();
    }

    LocalDate today() {
        return day(now);
    }

    Instant at(LocalDate day) {
        return day.atTime(habits.time(dice)).atZone(ZONE).toInstant();
    }

    /** The day itself, or the next working day, and always after the day of {@code previous}. */
    LocalDate after(LocalDate day, Instant previous) {
        LocalDate d = previous != null && !day.isAfter(day(previous)) ? day(previous).plusDays(1) : day;
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    /** A working day from {@code from} to {@code to} and at most {@code within} days after {@code from}, or null. */
    LocalDate weekdayBetween(LocalDate from, LocalDate to, int within) {
        LocalDate last = to.isBefore(from.plusDays(within)) ? to : from.plusDays(within);
        int working = 0;
        for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
            working += weekend(d) ? 0 : 1;
        }
        if (working == 0) {
            return null;
        }
        int pick = dice.between(1, working);
        for (LocalDate d = from; ; d = d.plusDays(1)) {
            pick -= weekend(d) ? 0 : 1;
            if (pick == 0) {
                return d;
            }
        }
    }

    /** A session this long can happen and be recorded before the stretch ends. */
    boolean fits(Instant start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes)).plus(SETTLE).isBefore(horizon);
    }

    /** Still to come in a stretch that goes on: booked, with no outcome yet. */
    boolean ahead(Instant start) {
        return horizon.equals(now) && start.isAfter(now);
    }

    /** Recorded at {@code natural}, or just before the stretch ended if that came first. */
    Instant recorded(Instant natural) {
        return natural.isBefore(horizon) ? natural : horizon.minusSeconds(dice.between(1, 50));
    }

    /** Booked a few minutes after {@code after}, and always before it starts. */
    Instant bookedBefore(Instant start, Instant after) {
        Instant booked = after.plus(Duration.ofMinutes(dice.between(1, 15)));
        if (booked.isBefore(start)) {
            return booked;
        }
        return after.isBefore(start) ? after.plus(Duration.between(after, start).dividedBy(2)) : start.minusSeconds(60);
    }

    /** A cancellation taken in office hours on the day or up to two days ahead, after the booking it cancels. */
    Instant cancelledBefore(Instant start, Instant booked) {
        LocalDate day = day(start).minusDays(dice.between(0, 2));
        while (weekend(day)) {
            day = day.minusDays(1);
        }
        Instant cancelled = day.atTime(8, 30).plusMinutes(dice.between(0, 9 * 60)).atZone(ZONE).toInstant();
        Instant latest = start.minus(Duration.ofMinutes(45));
        if (cancelled.isAfter(latest)) {
            cancelled = latest.minus(Duration.ofMinutes(dice.between(0, 30)));
        }
        return cancelled.isAfter(booked) ? cancelled : booked.plus(Duration.between(booked, start).dividedBy(2));
    }

    Instant notAfterNow(Instant t) {
        return t.isBefore(now) ? t : now.minusSeconds(dice.between(60, 600));
    }

    /** A session later on the day something happened, when no other working day is free before the stretch ends. */
    Instant sameDay(Instant after, int minutes) {
        Instant start = quarterBefore(after.plus(Duration.ofMinutes(30)));
        return fits(start, minutes) ? start : after.plusSeconds(30);
    }

    private static boolean weekend(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> true;
            default -> false;
        };
    }
}
