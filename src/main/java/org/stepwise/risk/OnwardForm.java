package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The onward referral form as typed: where to, how urgent, when it was sent and why. */
public record OnwardForm(String destination, String organisation, String urgency, String sentDay, String sentMonth,
                         String sentYear, String sentTime, String reason) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    static OnwardForm sentAt(Instant now, ZoneId zone) {
        var at = now.atZone(zone);
        return new OnwardForm("", "", "", "" + at.getDayOfMonth(), "" + at.getMonthValue(), "" + at.getYear(),
                at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")), "");
    }

    Optional<NewOnwardReferral> validate(ZoneId zone, FormErrors errors) {
        Optional<Destination> to = Destination.of(destination == null ? "" : destination);
        if (to.isEmpty()) {
            errors.add("destination", "Select the kind of service the person is referred to");
        }
        String org = Text.required(organisation, "organisation", "Enter the receiving organisation or team",
                Text.SHORT - 50, errors);
        Optional<Urgency> how = Urgency.of(urgency == null ? "" : urgency);
        if (how.isEmpty()) {
            errors.add("urgency", "Select how urgent the referral is");
        }
        LocalDate day = DateInput.read(sentDay, sentMonth, sentYear, "sentDay", "Date the referral was sent", errors);
        LocalTime time = time(sentTime, errors);
        String why = Text.required(reason, "reason", "Give the reason for the referral", Text.LONG, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewOnwardReferral(to.get(), org, how.get(), day.atTime(time).atZone(zone).toInstant(),
                why));
    }

    private static LocalTime time(String text, FormErrors errors) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            errors.add("sentTime", "Enter the time in 24-hour form, like 09:30 or 14:00");
            return null;
        }
    }
}
