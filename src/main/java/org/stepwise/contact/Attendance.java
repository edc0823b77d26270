package org.stepwise.contact;

import java.util.Arrays;
import java.util.Optional;

/** What happened to an appointment (AttendOrDNACode; domain-reference §9.2). */
public enum Attendance {
    CANCELLED_BY_PATIENT("2", "Cancelled by the patient"),
    DID_NOT_ATTEND("3", "Did not attend"),
    CANCELLED_BY_PROVIDER("4", "Cancelled by the service"),
    ATTENDED("5", "Attended"),
    ATTENDED_LATE("6", "Arrived late, seen"),
    LATE_NOT_SEEN("7", "Arrived late, not seen");

    private final String code;
    private final String label;

    Attendance(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Seen by the practitioner: the national metrics count codes 5 and 6 as attended. */
    public boolean attended() {
        return this == ATTENDED || this == ATTENDED_LATE;
    }

    public boolean cancellation() {
        return this == CANCELLED_BY_PATIENT || this == CANCELLED_BY_PROVIDER;
    }

    /** Outcomes that can only be known once the appointment time has come. */
    public boolean needsTheTimeToHavePassed() {
        return !cancellation();
    }

    public static Optional<Attendance> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
