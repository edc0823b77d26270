package org.stepwise.audit;

import java.time.Instant;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.StaffId;

/** What a service lead searches the audit trail for; every part is optional. {@code to} is exclusive. */
record EventFilter(StaffId person, PatientId patient, AuditAction action, Instant from, Instant to, Long before) {
}
