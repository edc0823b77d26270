package org.stepwise.organisation;

import java.util.Set;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

/** What a service lead may change about how their service runs. */
public record ServiceSettingsChange(
        Set<Role> allocatingRoles,
        TriageMode triageMode,
        int pwpCaseloadCap,
        int traineeCapPercent,
        int highIntensityCaseloadCap,
        WaitingListPolicy waitingListPolicy,
        StaffId unallocatedResponsible,
        int dnaPromptAfter,
        int expectedVersion) {
}
