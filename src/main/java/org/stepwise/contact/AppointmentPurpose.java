package org.stepwise.contact;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an appointment is for (AppType, domain-reference §9). Treatment appointments (02, 03, 05)
 * drive waiting times and "finished a course of treatment".
 */
public enum AppointmentPurpose {
    ASSESSMENT("01", "Assessment", false, true),
    TREATMENT("02", "Treatment", true, false),
    ASSESSMENT_AND_TREATMENT("03", "Assessment and treatment", true, true),
    REVIEW_WITHOUT_TREATMENT("04", "Review without treatment", false, false),
    REVIEW_AND_TREATMENT("05", "Review and treatment", true, false),
    FOLLOW_UP("06", "Follow-up after discharge", false, false),
    EMPLOYMENT_SUPPORT("10", "Employment support", false, false);

    private final String code;
    private final String label;
    private final boolean treatment;
    private final boolean assessment;

    AppointmentPurpose(String code, String label, boolean treatment, boolean assessment) {
        this.code = code;
        this.label = label;
        this.treatment = treatment;
        this.assessment = assessment;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean treatment() {
        return treatment;
    }

    public boolean assessment() {
        return assessment;
    }

    public static Optional<AppointmentPurpose> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
