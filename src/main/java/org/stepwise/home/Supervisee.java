package org.stepwise.home;

import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.staff.Staff;

/** Someone a supervisor supervises, with their caseload against its cap. */
public record Supervisee(Staff staff, PractitionerCapacity load) {
}
