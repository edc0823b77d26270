package org.stepwise.supervision;

import java.util.Set;
import org.stepwise.shared.ReferralId;

/**
 * One case at a supervision session: discussed, with what was said, decided and agreed to do; or recorded as not
 * discussed, which carries no decision and no supervisor responsibility.
 */
public record Discussion(ReferralId referral, Set<AgendaReason> reasons, boolean discussed, String discussion,
                         SupervisionDecision decision, String actions) {

    public static Discussion notDiscussed(ReferralId referral, Set<AgendaReason> reasons) {
        return new Discussion(referral, reasons, false, null, null, null);
    }
}
