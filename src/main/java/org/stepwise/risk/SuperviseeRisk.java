package org.stepwise.risk;

/** A supervisee's open risk work, for the supervisor's home page. */
public record SuperviseeRisk(int openFlags, int overdueFlags, int openConcerns, int overdueTasks) {

    public static final SuperviseeRisk NONE = new SuperviseeRisk(0, 0, 0, 0);
}
