package org.stepwise.risk;

import org.stepwise.shared.DomainException;

/** A safeguarding concern, onward referral or task was asked to make a move its state does not allow. */
public class RiskTransitionException extends DomainException {

    public RiskTransitionException(String message) {
        super(message);
    }
}
