package org.stepwise.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a GOV.UK date input (day, month and year boxes) and says exactly what is wrong with it.
 */
public final class DateInput {

    private DateInput() {
    }

    /**
     * @param what how the message names the date, for example "Date of birth"
     * @return the date, or null after adding a message to {@code errors}
     */
    public static LocalDate read(String day, String month, String year, String field, String what, FormErrors errors) {
        boolean noDay = blank(day);
        boolean noMonth = blank(month);
        boolean noYear = blank(year);
        if (noDay && noMonth && noYear) {
            errors.add(field, "Enter the " + what.toLowerCase(java.util.Locale.UK));
            return null;
        }
        if (noDay || noMonth || noYear) {
            String missing = noDay ? "a day" : noMonth ? "a month" : "a year";
            errors.add(field, what + " must include " + missing);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            int m = Integer.parseInt(month.strip());
            int d = Integer.parseInt(day.strip());
            if (year.strip().length() != 4) {
                errors.add(field, "Year must include 4 numbers");
                return null;
            }
            return LocalDate.of(y, m, d);
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, what + " must be a real date");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
