package org.stepwise.security;

import java.time.Instant;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Published when someone opens a record in an emergency, so the audit trail records it with the reason. */
public record EmergencyAccessGranted(ServiceId service, StaffId staff, PatientId patient, String reason,
                                     Instant expiresAt) {
}
