package org.stepwise.staff;

import java.time.LocalDate;
import java.util.Set;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** A member of a service's staff. */
public record Staff(
        ServiceId serviceId,
        StaffId id,
        String username,
        String fullName,
        Set<Role> roles,
        boolean trainee,
        StaffId supervisorId,
        LocalDate supervisorTrainingDate,
        boolean enabled) {

    public Staff {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Which step of care this person treats at, if any. */
    public boolean treatsAtStep(int step) {
        return step == 2 ? has(Role.PWP) : step == 3 && has(Role.HIGH_INTENSITY_THERAPIST);
    }

    public boolean supervisorTrained() {
        return supervisorTrainingDate != null;
    }

    public String rolesLabel() {
        return roles.stream().sorted().map(r -> r == Role.PWP && trainee ? "Trainee PWP" : r.label())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
