package org.stepwise.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.StaffId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/**
 * The audit search form as typed: a person, a patient (only ever an opaque id, from a link), an action, and a range
 * of dates in the service's zone, the last day included.
 */
public record EventSearch(String person, String patient, String action, String fromDay, String fromMonth,
                          String fromYear, String toDay, String toMonth, String toYear) {

    public EventSearch {
        person = blankAsEmpty(person);
        patient = blankAsEmpty(patient);
        action = blankAsEmpty(action);
        fromDay = blankAsEmpty(fromDay);
        fromMonth = blankAsEmpty(fromMonth);
        fromYear = blankAsEmpty(fromYear);
        toDay = blankAsEmpty(toDay);
        toMonth = blankAsEmpty(toMonth);
        toYear = blankAsEmpty(toYear);
    }

    Optional<EventFilter> validate(ZoneId zone, Long before, FormErrors errors) {
        StaffId who = person.isEmpty() ? null : StaffId.parse(person);
        PatientId whose = patient.isEmpty() ? null : new PatientId(Identifier.parse(patient));
        AuditAction what = null;
        if (!action.isEmpty()) {
            what = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action)).findFirst().orElse(null);
            if (what == null) {
                errors.add("action", "Select an action from the list");
            }
        }
        LocalDate from = (fromDay + fromMonth + fromYear).isEmpty() ? null
                : DateInput.read(fromDay, fromMonth, fromYear, "fromDay", "Start date", errors);
        LocalDate to = (toDay + toMonth + toYear).isEmpty() ? null
                : DateInput.read(toDay, toMonth, toYear, "toDay", "End date", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("toDay", "End date must be the same as or after the start date");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new EventFilter(who, whose, what, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), before));
    }

    /** This search's address, to which the pager adds {@code after=}. */
    public String pagerBase() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit/events");
        String[][] params = {{"person", person}, {"patient", patient}, {"action", action}, {"fromDay", fromDay},
                {"fromMonth", fromMonth}, {"fromYear", fromYear}, {"toDay", toDay}, {"toMonth", toMonth},
                {"toYear", toYear}};
        for (String[] param : params) {
            if (!param[1].isEmpty()) {
                uri.queryParam(param[0], param[1]);
            }
        }
        String base = uri.encode().build().toUriString();
        return base + (base.contains("?") ? "&" : "?");
    }

    public static EventSearch empty() {
        return new EventSearch("", "", "", "", "", "", "", "", "");
    }

    private static String blankAsEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
