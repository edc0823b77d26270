package org.stepwise.outcomes;

/**
 * The national targets the dashboard draws its lines at (domain-reference §2; england.nhs.uk access and waiting
 * time standards, service standards). The 6- and 18-week day limits themselves are {@code contact.WaitingStandard}.
 */
final class Standards {

    static final int SIX_WEEKS_TARGET_PERCENT = 75;
    static final int EIGHTEEN_WEEKS_TARGET_PERCENT = 95;
    /** Recovery of people who finished a course at caseness. */
    static final int RECOVERY_TARGET_PERCENT = 50;

    private Standards() {
    }
}
