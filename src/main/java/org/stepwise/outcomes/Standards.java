package org.stepwise.outcomes;

/**
 * The national standards the dashboard draws its lines at (domain-reference §2; england.nhs.uk access and waiting
 * time standards, service standards).
 */
final class Standards {

    /** 6 weeks: NHS England's SQL counts DATEDIFF(day, referral received, first treatment) <= 42 (CDP_B02). */
    static final int SIX_WEEKS_DAYS = 42;
    /** 18 weeks: <= 126 days (CDP_B01). */
    static final int EIGHTEEN_WEEKS_DAYS = 126;
    static final int SIX_WEEKS_TARGET_PERCENT = 75;
    static final int EIGHTEEN_WEEKS_TARGET_PERCENT = 95;
    /** Recovery of people who finished a course at caseness. */
    static final int RECOVERY_TARGET_PERCENT = 50;

    private Standards() {
    }
}
