package org.stepwise.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.stepwise.web.FormErrors;

/**
 * The calendar month a submission reports on (the header's ReportingPeriodStartDate to ReportingPeriodEndDate).
 * Contacts count by their date in the service's own zone, so a contact at 00:30 on the 1st, British Summer Time,
 * belongs to the month it happened in, not to the month before as UTC would have it.
 */
public record ReportingMonth(YearMonth month) {

    /** The data set has been collected monthly since April 2012 (domain-reference §3). */
    static final YearMonth FIRST = YearMonth.of(2012, 4);

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public Instant startsAt(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The instant after the month's last moment, or {@code now} for the month still going on. */
    public Instant endsBefore(ZoneId zone, Instant now) {
        Instant end = lastDay().plusDays(1).atStartOfDay(zone).toInstant();
        return end.isAfter(now) ? now : end;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /** "2026-03", as the month appears in links and file names. */
    public String key() {
        return month.toString();
    }

    /** "March 2026". */
    public String label() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
    }

    /**
     * The month typed into the form as a month number and a year, or empty with the reason in {@code errors}.
     * A month that has not begun has nothing to report; one before the data set existed was never collected.
     */
    public static Optional<ReportingMonth> read(String monthText, String yearText, LocalDate today,
                                                FormErrors errors) {
        String m = monthText == null ? "" : monthText.strip();
        String y = yearText == null ? "" : yearText.strip();
        if (m.isEmpty() && y.isEmpty()) {
            errors.add("month", "Enter the month to report on, for example 3 and 2026");
            return Optional.empty();
        }
        Integer month = m.matches("[0-9]{1,2}") ? Integer.valueOf(m) : null;
        if (month == null || month < 1 || month > 12) {
            errors.add("month", "Month must be a number from 1 to 12");
            return Optional.empty();
        }
        if (!y.matches("[0-9]{4}")) {
            errors.add("month", "Year must be four digits, for example 2026");
            return Optional.empty();
        }
        YearMonth chosen = YearMonth.of(Integer.parseInt(y), month);
        if (chosen.isAfter(YearMonth.from(today))) {
            errors.add("month", "The month must be this month or earlier: " + new ReportingMonth(chosen).label()
                    + " has not begun");
            return Optional.empty();
        }
        if (chosen.isBefore(FIRST)) {
            errors.add("month", "The month must be April 2012 or later, when the national data set began");
            return Optional.empty();
        }
        return Optional.of(new ReportingMonth(chosen));
    }
}
