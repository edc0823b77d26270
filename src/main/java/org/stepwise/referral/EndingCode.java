package org.stepwise.referral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** National ending reasons (EndCode, data set v2.x; domain-reference §3.2), grouped by how far the person got. */
public enum EndingCode {
    NOT_SUITABLE("10", "Not suitable for the service", Category.NOT_SEEN),
    SIGNPOSTED("11", "Signposted elsewhere", Category.NOT_SEEN),
    MUTUAL_AGREEMENT_NOT_SEEN("12", "Mutual agreement, not seen", Category.NOT_SEEN),
    REFERRED_ELSEWHERE("13", "Referred to another service", Category.NOT_SEEN),
    DECLINED("14", "Declined the service", Category.NOT_SEEN),
    NOT_ASSESSED("50", "Not assessed", Category.NOT_SEEN),
    INCOMPLETE_ASSESSMENT("16", "Incomplete assessment", Category.SEEN_NOT_TREATED),
    DECEASED_BEFORE_TREATMENT("17", "Deceased (seen, not taken on for treatment)", Category.SEEN_NOT_TREATED),
    NOT_KNOWN_SEEN("95", "Not known (seen, not taken on for treatment)", Category.SEEN_NOT_TREATED),
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
