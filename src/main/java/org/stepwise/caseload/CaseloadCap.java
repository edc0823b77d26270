package org.stepwise.caseload;

import org.stepwise.organisation.ServiceSettings;
import org.stepwise.staff.Staff;

/**
 * How many open cases a practitioner may hold. A trainee PWP's cap is a share of the
 * qualified cap (domain-reference §4.3: building to 60–80 % by the end of training).
 */
public final class CaseloadCap {

    private CaseloadCap() {
    }

    public static int forPractitioner(ServiceSettings settings, Staff practitioner, int step) {
        if (step == 3) {
            return settings.highIntensityCaseloadCap();
        }
        return practitioner.trainee()
                ? traineeCap(settings.pwpCaseloadCap(), settings.traineeCapPercent())
                : settings.pwpCaseloadCap();
    }

    /** Rounds down, because a cap is a limit, but never below one case. */
    public static int traineeCap(int qualifiedCap, int percent) {
        if (qualifiedCap < 1 || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("cap must be positive and the share between 1 and 100 %");
        }
        return Math.max(1, qualifiedCap * percent / 100);
    }
}
