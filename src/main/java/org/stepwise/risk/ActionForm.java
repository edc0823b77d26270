package org.stepwise.risk;

import java.time.LocalDate;
import java.util.Optional;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The form for recording an action on a safeguarding concern, as typed. */
public record ActionForm(String kind, String takenDay, String takenMonth, String takenYear, String detail,
                         String contact, String reference, Integer version) {

    static ActionForm on(LocalDate day, int version) {
        return new ActionForm("", "" + day.getDayOfMonth(), "" + day.getMonthValue(), "" + day.getYear(), "", "", "",
                version);
    }

    Optional<NewAction> validate(FormErrors errors) {
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the concern again");
        }
        Optional<ActionKind> chosen = ActionKind.chosen(kind == null ? "" : kind);
        if (chosen.isEmpty()) {
            errors.add("kind", "Select the action taken");
        }
        LocalDate on = DateInput.read(takenDay, takenMonth, takenYear, "takenDay", "Date of the action", errors);
        String what = Text.required(detail, "detail", "Describe what was done and what was agreed", Text.LONG, errors);
        boolean referral = chosen.isPresent() && chosen.get() == ActionKind.SAFEGUARDING_REFERRAL;
        String who = referral
                ? Text.required(contact, "contact", "Enter who at the safeguarding team took the referral", Text.SHORT,
                        errors)
                : Text.optional(contact, "contact", Text.SHORT, errors);
        String ref = Text.optional(reference, "reference", Text.SHORT, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewAction(chosen.get(), on, what, who, ref));
    }
}
