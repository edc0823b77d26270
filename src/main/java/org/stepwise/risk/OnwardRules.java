package org.stepwise.risk;

import java.time.LocalDate;
import org.stepwise.shared.StaffId;

/**
 * The tasks onward referrals make for people: a chase when an answer is due, and a follow-up when a service says
 * no, so a declined referral never leaves a person without a plan.
 */
final class OnwardRules {

    private OnwardRules() {
    }

    static Priority chasePriority(Urgency urgency) {
        return urgency == Urgency.ROUTINE ? Priority.NORMAL : Priority.HIGH;
    }

    static NewTask chase(String organisation, Urgency urgency, OnwardStatus status, StaffId owner, LocalDate dueOn) {
        String title = status == OnwardStatus.ACKNOWLEDGED
                ? "Chase " + organisation + " for a decision on the onward referral"
                : "Chase " + organisation + " for a response to the " + urgency.label().toLowerCase(java.util.Locale.UK)
                        + " onward referral";
        return new NewTask(title, owner, dueOn, chasePriority(urgency));
    }

    static NewTask declined(String organisation, StaffId owner, LocalDate today) {
        return new NewTask("Agree next steps: " + organisation + " declined the onward referral", owner, today,
                Priority.HIGH);
    }
}
