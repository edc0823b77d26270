package org.stepwise.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.UUID;
import org.stepwise.shared.StaffId;
import org.stepwise.web.FormErrors;

/**
 * The dashboard's filter as typed: months as "2026-04" (what a month input sends), a step, a practitioner. Anything
 * that does not parse becomes a message on the form, and the figures fall back to the default for that field.
 */
public record FilterForm(String from, String to, String step, String practitioner) {

    public record Parsed(OutcomeFilter filter, FormErrors errors) {
    }

    /**
     * @param practitioners the practitioners the viewer may pick from; a practitioner outside them is refused
     */
    Parsed parse(LocalDate today, Collection<StaffId> practitioners) {
        FormErrors errors = new FormErrors();
        Period standard = Period.lastTwelveMonths(today);
        YearMonth first = month(from, "from", "first", standard.from(), errors);
        YearMonth last = month(to, "to", "last", standard.to(), errors);
        Period period = standard;
        if (!errors.any()) {
            if (first.isAfter(last)) {
                errors.add("from", "The first month must be the same as or before the last month");
            } else if (last.isAfter(YearMonth.from(today))) {
                errors.add("to", "The last month cannot be after this month");
            } else if (new Period(first, last).length() > Period.MAX_MONTHS) {
                errors.add("from", "Choose a period of " + Period.MAX_MONTHS + " months or fewer");
            } else {
                period = new Period(first, last);
            }
        }
        return new Parsed(new OutcomeFilter(period, step(errors), practitioner(practitioners, errors)), errors);
    }

    private static YearMonth month(String text, String field, String which, YearMonth fallback, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter the " + which + " month as a year and month, for example 2026-04");
            return fallback;
        }
    }

    private Integer step(FormErrors errors) {
        if (step == null || step.isBlank()) {
            return null;
        }
        return switch (step.strip()) {
            case "2" -> 2;
            case "3" -> 3;
            default -> {
                errors.add("step", "Choose step 2, step 3 or both");
                yield null;
            }
        };
    }

    private StaffId practitioner(Collection<StaffId> allowed, FormErrors errors) {
        if (practitioner == null || practitioner.isBlank()) {
            return null;
        }
        try {
            StaffId id = new StaffId(UUID.fromString(practitioner.strip()));
            if (allowed.contains(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        errors.add("practitioner", "Choose a practitioner from the list");
        return null;
    }
}
