package org.stepwise.risk;

import java.time.LocalDate;
import java.util.Optional;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The receiving service's answer to an onward referral (or our withdrawal of it), as typed. */
public record ResponseForm(String status, String respondedDay, String respondedMonth, String respondedYear, String note,
                           Integer version) {

    static ResponseForm on(LocalDate today, int version) {
        return new ResponseForm("", "" + today.getDayOfMonth(), "" + today.getMonthValue(), "" + today.getYear(), "",
                version);
    }

    record Response(OnwardStatus status, LocalDate on, String note) {
    }

    Optional<Response> validate(FormErrors errors) {
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the onward referral again");
        }
        Optional<OnwardStatus> to = OnwardStatus.of(status == null ? "" : status).filter(s -> s != OnwardStatus.SENT);
        if (to.isEmpty()) {
            errors.add("status", "Select what the receiving service said");
        }
        LocalDate on = DateInput.read(respondedDay, respondedMonth, respondedYear, "respondedDay", "Date of the response",
                errors);
        String text = Text.optional(note, "note", Text.LONG, errors);
        if (to.isPresent() && to.get() == OnwardStatus.DECLINED && text == null && !errors.has("note")) {
            errors.add("note", "Say why they declined, so the next steps can be agreed");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Response(to.get(), on, text));
    }
}
