package org.stepwise.triage;

import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.shared.DomainException;

/** Allocation would take a practitioner past their cap and nobody has recorded why that is acceptable. */
public class CaseloadCapExceededException extends DomainException {

    public CaseloadCapExceededException(PractitionerCapacity capacity) {
        super(capacity.name() + " already has " + capacity.openCases() + " open cases against a cap of "
                + capacity.cap() + ". Choose someone with capacity, place the person on the waiting list, "
                + "or record why the cap should be exceeded.");
    }
}
