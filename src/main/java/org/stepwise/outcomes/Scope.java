package org.stepwise.outcomes;

import java.util.List;
import org.stepwise.shared.StaffId;

/**
 * Whose referrals a viewer's figures cover, decided by the controller from who they are: the whole service (a
 * service lead), some practitioners (a supervisor's supervisees) or one (a practitioner's own).
 *
 * @param practitioners null for the whole service
 */
record Scope(List<StaffId> practitioners) {

    Scope {
        practitioners = practitioners == null ? null : List.copyOf(practitioners);
    }

    static Scope wholeService() {
        return new Scope(null);
    }

    static Scope of(List<StaffId> practitioners) {
        return new Scope(practitioners);
    }

    boolean everyone() {
        return practitioners == null;
    }

    boolean covers(StaffId practitioner) {
        return everyone() || practitioners.contains(practitioner);
    }
}
