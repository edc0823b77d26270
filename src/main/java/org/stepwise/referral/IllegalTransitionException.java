package org.stepwise.referral;

import org.stepwise.shared.DomainException;

/** A move the referral's state does not allow, explained in words. */
public class IllegalTransitionException extends DomainException {

    public IllegalTransitionException(Transition transition, ReferralStatus status) {
        super("You cannot " + transition.verb() + " a referral that is " + describe(status) + ".");
    }

    public IllegalTransitionException(String message) {
        super(message);
    }

    private static String describe(ReferralStatus status) {
        return switch (status) {
            case AWAITING_TRIAGE -> "still awaiting triage";
            case WAITING -> "on a waiting list";
            case ALLOCATED -> "already allocated";
            case IN_TREATMENT -> "in treatment";
            case DISCHARGED -> "discharged";
            case CLOSED -> "closed";
        };
    }
}
