package org.stepwise.home;

import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.risk.SuperviseeRisk;
import org.stepwise.staff.Staff;

/** Someone a supervisor supervises, with their caseload against its cap and their open risk work. */
public record Supervisee(Staff staff, PractitionerCapacity load, SuperviseeRisk risk) {
}
