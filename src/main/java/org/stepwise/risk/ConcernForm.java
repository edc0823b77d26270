package org.stepwise.risk;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.shared.StaffId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The form for raising a safeguarding concern, as typed. */
public record ConcernForm(String concernFor, String personAtRisk, String concern, String noticedDay,
                          String noticedMonth, String noticedYear, String owner) {

    static ConcernForm ownedBy(StaffId me, LocalDate today) {
        return new ConcernForm("", "", "", "" + today.getDayOfMonth(), "" + today.getMonthValue(), "" + today.getYear(),
                me.toString());
    }

    Optional<NewConcern> validate(FormErrors errors) {
        Optional<ConcernFor> kind = ConcernFor.of(concernFor == null ? "" : concernFor);
        if (kind.isEmpty()) {
            errors.add("concernFor", "Select whether the concern is about a child or an adult");
        }
        String who = Text.required(personAtRisk, "personAtRisk", "Say who is at risk", Text.SHORT, errors);
        String what = Text.required(concern, "concern", "Describe the concern", Text.LONG, errors);
        LocalDate noticed = DateInput.read(noticedDay, noticedMonth, noticedYear, "noticedDay",
                "Date the concern arose", errors);
        StaffId ownerId = null;
        try {
            ownerId = new StaffId(UUID.fromString(owner == null ? "" : owner));
        } catch (IllegalArgumentException e) {
            errors.add("owner", "Select who owns the concern until it is closed");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewConcern(kind.get(), who, what, noticed, ownerId));
    }
}
