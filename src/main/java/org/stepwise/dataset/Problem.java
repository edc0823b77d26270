package org.stepwise.dataset;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * What would make a record fail, or arrive wrong in, the national data set; each names the field it spoils and the
 * page where it is put right.
 */
public enum Problem {
    NHS_NUMBER_INVALID(Source.PATIENT, "NHS number is not valid",
            "IDS001 NHSNumber is sent empty (status 03, trace required) until the number is corrected",
            "/patients/%s/edit"),
    GENDER_NOT_KNOWN(Source.PATIENT, "Gender not known",
            "IDS001 Gender is X (not known)", "/patients/%s/edit"),
    ETHNIC_CATEGORY_MISSING(Source.PATIENT, "Ethnic group not recorded",
            "IDS001 EthnicCategory is empty: record the person's answer, Z if they chose not to say, or 99 if not asked",
            "/patients/%s/edit"),
    POSTCODE_MISSING(Source.PATIENT, "Postcode missing",
            "IDS001 Postcode is empty, so the area and deprivation cannot be derived", "/patients/%s/edit"),
    POSTCODE_INVALID(Source.PATIENT, "Postcode not in the UK format",
            "IDS001 Postcode will not match a postcode in the national look-ups", "/patients/%s/edit"),
    ENDING_CODE_MISSING(Source.REFERRAL, "Ended without a national ending code",
            "IDS101 EndCode is empty for an ended referral", "/referrals/%s"),
    DISCHARGE_DATE_MISSING(Source.REFERRAL, "Ended without a discharge date",
            "IDS101 ServDischDate is empty, so the referral is reported as still open", "/referrals/%s"),
    UNPAIRED_SCORES(Source.REFERRAL, "Finished a course without paired scores",
            "No first and last PHQ-9 and anxiety scores: the course cannot count towards recovery", "/referrals/%s"),
    ATTENDANCE_MISSING(Source.CONTACT, "Appointment without an attendance code",
            "IDS201 AttendOrDNACode is empty for an appointment whose time has passed", "/appointments/%s/outcome"),
    CONTACT_BEFORE_REFERRAL(Source.CONTACT, "Contact before the referral was received",
            "IDS201 CareContDate is before ReferralRequestReceivedDate", "/appointments/%s"),
    CONTACT_AFTER_DISCHARGE(Source.CONTACT, "Contact after discharge that is not a follow-up",
            "IDS201 CareContDate is after ServDischDate but AppType is not 06 (follow-up)", "/appointments/%s");

    /** The kind of record a problem is found on, which is the list it is scanned from. */
    public enum Source { PATIENT, REFERRAL, CONTACT }

    private final Source source;
    private final String label;
    private final String consequence;
    private final String fixPath;

    Problem(Source source, String label, String consequence, String fixPath) {
        this.source = source;
        this.label = label;
        this.consequence = consequence;
        this.fixPath = fixPath;
    }

    public Source source() {
        return source;
    }

    public String label() {
        return label;
    }

    public String consequence() {
        return consequence;
    }

    /** The page where the record with this problem is put right. */
    public String fixLink(UUID record) {
        return fixPath.formatted(record);
    }

    public static Optional<Problem> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
