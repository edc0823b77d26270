package org.stepwise.supervision;

import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.risk.SuperviseeRisk;
import org.stepwise.staff.Staff;

/** One supervisee's line on the supervisor's overview. */
public record SuperviseeLine(Staff staff, PractitionerCapacity load, int agendaSize, int notDiscussedLately,
                             SuperviseeRisk risk) {
}
