package org.stepwise.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * National ending reasons (EndCode, data set v2.x), grouped by how far the person got.
 *
 * <p>The grouping is NHS England's own, as its published SQL groups the codes (nhsengland/Talking-Therapies, the
 * dashboards' discharge-code scripts): referred but not seen is 50 only; seen but not taken on for a course of
 * treatment is 10 to 14, 16, 17 and 95; seen and taken on for a course of treatment is 46 to 49 and 96.
 * Domain-reference §3.2 lists 10 to 14 under "referred but not seen"; NHS England's SQL does not, and it is what
 * the national figures are counted with, so it is followed here.
 */
public enum EndingCode {
    NOT_SUITABLE("10", "Not suitable for the service: no action taken, or directed back to the referrer",
            Category.SEEN_NOT_TREATED),
    SIGNPOSTED("11", "Not suitable for the service: signposted elsewhere with the person's agreement",
            Category.SEEN_NOT_TREATED),
    DISCHARGED_AFTER_ADVICE("12", "Discharged by mutual agreement following advice and support",
            Category.SEEN_NOT_TREATED),
    REFERRED_ELSEWHERE("13", "Referred to another therapy service by mutual agreement", Category.SEEN_NOT_TREATED),
    DECLINED("14", "Suitable for the service, but declined the treatment offered", Category.SEEN_NOT_TREATED),
    INCOMPLETE_ASSESSMENT("16", "Incomplete assessment (the person dropped out)", Category.SEEN_NOT_TREATED),
    DECEASED_BEFORE_TREATMENT("17", "Deceased (seen, not taken on for treatment)", Category.SEEN_NOT_TREATED),
    NOT_KNOWN_SEEN("95", "Not known (seen, not taken on for treatment)", Category.SEEN_NOT_TREATED),
    NOT_ASSESSED("50", "Not assessed", Category.NOT_SEEN),
    COMPLETED("46", "Mutually agreed completion of treatment", Category.TREATED),
    ENDED_BY_PATIENT("47", "Termination earlier than the care professional planned", Category.TREATED),
    ENDED_BY_PROFESSIONAL("48", "Termination earlier than the patient requested", Category.TREATED),
    DECEASED_IN_TREATMENT("49", "Deceased (taken on for treatment)", Category.TREATED),
    NOT_KNOWN_TREATED("96", "Not known (taken on for treatment)", Category.TREATED);

    /** How far the person got before the referral ended. */
    public enum Category { NOT_SEEN, SEEN_NOT_TREATED, TREATED }

    private final String code;
    private final String label;
    private final Category category;

    EndingCode(String code, String label, Category category) {
        this.code = code;
        this.label = label;
        this.category = category;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Category category() {
        return category;
    }

    public static Optional<EndingCode> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    public static List<EndingCode> in(Category category) {
        return Arrays.stream(values()).filter(e -> e.category == category).toList();
    }
}
