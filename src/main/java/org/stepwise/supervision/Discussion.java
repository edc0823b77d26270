package org.stepwise.supervision;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepwise.shared.ReferralId;

/**
 * One case at a supervision session: discussed, with what was said, decided and agreed to do; or recorded as not
 * discussed, which carries no decision and no supervisor responsibility.
 */
public record Discussion(ReferralId referral, Set<AgendaReason> reasons, boolean discussed, String discussion,
                         SupervisionDecision decision, List<Action> actions) {

    public Discussion {
        actions = List.copyOf(actions);
    }

    public static Discussion notDiscussed(ReferralId referral, Set<AgendaReason> reasons) {
        return new Discussion(referral, reasons, false, null, null, List.of());
    }

    /** The actions as one line for the signed record, or null when none were agreed. */
    String actionsSummary() {
        return actions.isEmpty() ? null : actions.stream().map(Action::summary).collect(Collectors.joining("; "));
    }
}
