package org.stepwise.risk;

/** What the patient banner warns of: flags not yet reviewed (and how many are overdue), open safeguarding concerns. */
public record RiskAlerts(int openFlags, int overdueFlags, int openConcerns) {

    public static final RiskAlerts NONE = new RiskAlerts(0, 0, 0);

    public boolean any() {
        return openFlags > 0 || openConcerns > 0;
    }
}
