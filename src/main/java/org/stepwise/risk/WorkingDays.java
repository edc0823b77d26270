package org.stepwise.risk;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Monday to Friday. Bank holidays are not known to Stepwise; leaving them out can only bring a deadline earlier,
 * never later, which is the safe way to be wrong.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The nth working day after {@code day}; for n = 0, the day itself if it is a working day, else the next. */
    static LocalDate after(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days cannot be negative");
        }
        LocalDate d = day;
        if (n == 0) {
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The end of the nth working day after the day {@code from} falls on in the zone: the first moment after it. */
    static Instant endOf(Instant from, int n, ZoneId zone) {
        return after(LocalDate.ofInstant(from, zone), n).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
