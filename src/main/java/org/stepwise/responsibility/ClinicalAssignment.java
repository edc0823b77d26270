package org.stepwise.responsibility;

import java.util.Objects;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;

/**
 * Who answers for a case allocated to a practitioner. A qualified practitioner holds clinical
 * responsibility for their own cases; for a trainee's case their supervisor holds it and the
 * trainee is recorded as the treating practitioner.
 */
public record ClinicalAssignment(StaffId clinical, StaffId treating) {

    public ClinicalAssignment {
        Objects.requireNonNull(clinical, "clinical");
        Objects.requireNonNull(treating, "treating");
    }

    public static ClinicalAssignment forPractitioner(Staff practitioner) {
        if (!practitioner.trainee()) {
            return new ClinicalAssignment(practitioner.id(), practitioner.id());
        }
        if (practitioner.supervisorId() == null) {
            throw new DomainException(practitioner.fullName() + " is a trainee with no supervisor recorded. "
                    + "A trainee's cases need a supervisor to hold clinical responsibility: record one first.");
        }
        return new ClinicalAssignment(practitioner.supervisorId(), practitioner.id());
    }

    public boolean delegated() {
        return !clinical.equals(treating);
    }
}
