package org.stepwise.outcomes;

import org.stepwise.caseload.PractitionerCapacity;

/** A practitioner's open cases against the cap for the step they treat at. */
public record CaseloadLine(int step, PractitionerCapacity capacity) {
}
