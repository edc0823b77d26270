package org.stepwise.risk;

import java.time.LocalDate;

/** An action on a safeguarding concern as entered, already checked by {@link ActionForm}. */
record NewAction(ActionKind kind, LocalDate takenOn, String detail, String contact, String reference) {
}
