package org.stepwise.risk;

import java.time.LocalDate;
import org.stepwise.shared.StaffId;

/** A safeguarding concern as entered, already checked by {@link ConcernForm}. */
record NewConcern(ConcernFor concernFor, String personAtRisk, String concern, LocalDate noticedOn, StaffId owner) {
}
