package org.stepwise.organisation;

import java.time.ZoneId;
import java.util.Set;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * How one service runs: services are not all set up alike, so these are data, not constants.
 *
 * @param unallocatedResponsible who holds clinical responsibility for referrals nobody has been allocated yet
 * @param dnaPromptAfter         the DNA policy: after this many missed appointments the caseload prompts a discharge review
 */
public record ServiceSettings(
        ServiceId id,
        String name,
        ZoneId timeZone,
        Set<Role> allocatingRoles,
        TriageMode triageMode,
        int pwpCaseloadCap,
        int traineeCapPercent,
        int highIntensityCaseloadCap,
        WaitingListPolicy waitingListPolicy,
        StaffId unallocatedResponsible,
        int dnaPromptAfter,
        int version) {

    public ServiceSettings {
        allocatingRoles = Set.copyOf(allocatingRoles);
    }

    public boolean mayAllocate(Set<Role> roles) {
        return roles.stream().anyMatch(allocatingRoles::contains);
    }
}
