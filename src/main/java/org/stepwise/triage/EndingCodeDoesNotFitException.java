package org.stepwise.triage;

import org.stepwise.referral.EndingCode;
import org.stepwise.shared.DomainException;

/** Closing at triage with a code for someone seen when they were not, or the other way round. */
public class EndingCodeDoesNotFitException extends DomainException {

    public EndingCodeDoesNotFitException(EndingCode code, boolean seen) {
        super(seen
                ? "Ending code " + code.code() + " (" + code.label() + ") is for people never seen, but this person "
                        + "was seen, at a triage appointment or an attended appointment. Choose one of the codes for "
                        + "people seen but not taken on for treatment."
                : "Ending code " + code.code() + " (" + code.label() + ") is for people who were seen, but this "
                        + "person has not been seen: they came to no triage appointment and no other appointment. "
                        + "Close it with code 50, not assessed.");
    }
}
