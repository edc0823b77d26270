package org.stepwise.risk;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** The people who may own risk work: enabled staff with a clinical role, never an administrator alone. */
@Component
class Clinicians {

    private final StaffDirectory staff;

    Clinicians(StaffDirectory staff) {
        this.staff = staff;
    }

    List<Staff> all(ServiceId service) {
        return staff.all(service).stream().filter(s -> s.enabled() && RiskRoles.clinical(s.roles())).toList();
    }

    /** The owner, checked: risk work cannot be handed to someone who may not see it. */
    Staff owner(ServiceId service, StaffId id) {
        Staff owner = staff.get(service, id);
        if (!owner.enabled() || !RiskRoles.clinical(owner.roles())) {
            throw new DomainException(owner.fullName() + " cannot own risk work: choose a clinician");
        }
        return owner;
    }
}
