package org.stepwise.staff;

import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Published inside the transaction that changes a staff account (added, disabled, enabled, password changed,
 * organisation identity linked), so the audit trail records who changed whose access.
 *
 * @param by     who made the change; the account holder for their own password
 * @param change what changed, in words (never a password or secret)
 */
public record StaffAccountChanged(ServiceId service, StaffId account, StaffId by, String change, boolean created) {
}
