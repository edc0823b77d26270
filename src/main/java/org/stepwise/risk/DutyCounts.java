package org.stepwise.risk;

/** The size of each duty list, for the home page. */
public record DutyCounts(int openFlags, int overdueFlags, int openConcerns, int awaitingOnward, int chaseNow,
                         int overdueTasks) {
}
