package org.stepwise.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepwise.security.EmergencyAccessGranted;

/** Every emergency opening of a record goes on the audit trail with its reason, in the transaction that grants it. */
@Component
class EmergencyAccessAuditor {

    private final AuditTrail audit;

    EmergencyAccessAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void granted(EmergencyAccessGranted e) {
        audit.recordRead(e.service(), e.staff(), e.patient(), AuditedRecord.patient(e.patient()),
                "Emergency access until " + e.expiresAt() + ": " + e.reason());
    }
}
