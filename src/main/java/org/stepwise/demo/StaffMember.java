package org.stepwise.demo;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.stepwise.shared.Role;

/** One demo member of staff as the staff table holds them. */
record StaffMember(UUID id, String username, String fullName, String email, Set<Role> roles, boolean trainee,
                   UUID supervisorId, LocalDate supervisorTrainingDate) {

    StaffMember {
        roles = Set.copyOf(roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
