package org.stepwise.staff;

import java.time.LocalDate;
import java.util.Set;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

/** What is needed to add someone to a service's staff. */
public record NewStaff(
        String username,
        String fullName,
        String email,
        String password,
        Set<Role> roles,
        boolean trainee,
        StaffId supervisorId,
        LocalDate supervisorTrainingDate) {
}
