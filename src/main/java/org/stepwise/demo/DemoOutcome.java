package org.stepwise.demo;

import org.stepwise.referral.ReferralStatus;

/**
 * Where a demo patient's current referral has got to, with the share of patients who are there:
 * roughly what a service a year into its work would show.
 */
enum DemoOutcome {
    AWAITING_TRIAGE(ReferralStatus.AWAITING_TRIAGE, 12),
    WAITING_STEP_2(ReferralStatus.WAITING, 5),
    WAITING_STEP_3(ReferralStatus.WAITING, 8),
    ALLOCATED(ReferralStatus.ALLOCATED, 10),
    IN_TREATMENT(ReferralStatus.IN_TREATMENT, 40),
    DISCHARGED(ReferralStatus.DISCHARGED, 18),
    CLOSED(ReferralStatus.CLOSED, 7);

    private final ReferralStatus status;
    private final int percent;

    DemoOutcome(ReferralStatus status, int percent) {
        this.status = status;
        this.percent = percent;
    }

    ReferralStatus status() {
        return status;
    }

    int percent() {
        return percent;
    }
}
