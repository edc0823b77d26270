package org.stepwise.audit;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepwise.staff.StaffAccountChanged;

/** Role and permission changes are audit events too: who changed whose account, in the same transaction. */
@Component
class AccountChangeAuditor {

    private final AuditTrail audit;

    AccountChangeAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void changed(StaffAccountChanged e) {
        audit.recordChange(e.service(), e.by(), null, AuditedRecord.staffAccount(e.account()),
                e.created() ? AuditAction.CREATE : AuditAction.UPDATE, Map.of(), Map.of("change", e.change()));
    }
}
