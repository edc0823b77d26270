package org.stepwise.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times read on screen: "26 Nov 2026", "26 Nov 2026 at 14:05", in the service's time zone. */
public final class Display {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    private Display() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(DEFAULT_ZONE));
    }

    /** An ISO date for a date input's value. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }

    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
