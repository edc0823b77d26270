package org.stepwise.risk;

import java.util.Set;
import org.stepwise.shared.Role;

/** Which roles see risk details at all, and which cover duty for the whole service. */
public final class RiskRoles {

    /** The roles that run the front door cover duty; the navigation offers the duty view to the same roles. */
    static final Set<Role> DUTY = Set.of(Role.SERVICE_LEAD, Role.ALLOCATOR);

    private RiskRoles() {
    }

    /** Anyone with a role besides administrator: administrators never see risk details. */
    public static boolean clinical(Set<Role> roles) {
        return roles.stream().anyMatch(r -> r != Role.ADMINISTRATOR);
    }

    public static boolean coversDuty(Set<Role> roles) {
        return roles.stream().anyMatch(DUTY::contains);
    }
}
