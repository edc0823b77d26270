package org.stepwise.supervision;

import java.time.LocalDate;

/**
 * The last supervision that discussed a case: the supervisor answers for what was decided there, so the
 * point-in-time view names them beside whoever held clinical responsibility.
 */
public record CaseSupervision(String supervisor, LocalDate heldOn, SupervisionDecision decision) {
}
