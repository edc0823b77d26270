package org.stepwise.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.web.FormErrors;

/** The service settings form as typed. */
public record SettingsForm(
        List<String> allocatingRoles,
        String triageMode,
        String pwpCaseloadCap,
        String traineeCapPercent,
        String highIntensityCaseloadCap,
        String waitingListPolicy,
        String unallocatedResponsible,
        String dnaPromptAfter,
        Integer version) {

    public static SettingsForm of(ServiceSettings s) {
        return new SettingsForm(s.allocatingRoles().stream().map(Role::name).toList(), s.triageMode().name(),
                String.valueOf(s.pwpCaseloadCap()), String.valueOf(s.traineeCapPercent()),
                String.valueOf(s.highIntensityCaseloadCap()), s.waitingListPolicy().name(),
                s.unallocatedResponsible() == null ? "" : s.unallocatedResponsible().toString(),
                String.valueOf(s.dnaPromptAfter()), s.version());
    }

    public boolean allocates(Role role) {
        return allocatingRoles != null && allocatingRoles.contains(role.name());
    }

    public Optional<ServiceSettingsChange> validate(FormErrors errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : allocatingRoles == null ? List.<String>of() : allocatingRoles) {
            try {
                roles.add(Role.valueOf(r));
            } catch (IllegalArgumentException e) {
                errors.add("allocatingRoles", "Select roles from the list");
            }
        }
        if (roles.isEmpty()) {
            errors.add("allocatingRoles", "Select at least one role that may triage and allocate referrals");
        }
        TriageMode mode = parse(TriageMode.class, triageMode);
        if (mode == null) {
            errors.add("triageMode", "Select how triage is done");
        }
        int pwpCap = whole(pwpCaseloadCap, "pwpCaseloadCap", "PWP caseload cap", 1, 500, errors);
        int traineePercent = whole(traineeCapPercent, "traineeCapPercent", "Trainee share of the cap", 1, 100, errors);
        int hiCap = whole(highIntensityCaseloadCap, "highIntensityCaseloadCap", "High-intensity caseload cap", 1, 500,
                errors);
        int dnaPrompt = whole(dnaPromptAfter, "dnaPromptAfter", "Missed appointments before a discharge prompt", 1, 10,
                errors);
        WaitingListPolicy policy = parse(WaitingListPolicy.class, waitingListPolicy);
        if (policy == null) {
            errors.add("waitingListPolicy", "Select how waiting lists are ordered");
        }
        StaffId responsible = null;
        try {
            responsible = new StaffId(UUID.fromString(unallocatedResponsible));
        } catch (RuntimeException e) {
            errors.add("unallocatedResponsible", "Select who holds clinical responsibility for unallocated referrals");
        }
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the settings again");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new ServiceSettingsChange(roles, mode, pwpCap, traineePercent, hiCap, policy, responsible,
                dnaPrompt, version));
    }

    private static int whole(String text, String field, String what, int min, int max, FormErrors errors) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value < min || value > max) {
                errors.add(field, what + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, what + " must be a whole number, like 40");
            return 0;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
