package org.stepwise.audit;

import java.util.Locale;
import org.stepwise.shared.PatientId;

/**
 * One line of an audit report, ready to show.
 *
 * @param person     the member of staff's name, or null (a failed sign-in)
 * @param patient    the patient the event is about, or null
 * @param listed     how many patients a list page showed, or -1 when the event is not a list
 * @param via        the page or form, for example {@code GET /referrals/{id}}, or null
 */
public record AuditEntry(long seq, String when, String person, String username, String roles, AuditAction action,
                         PatientId patient, String patientName, int listed, String recordType, String recordId,
                         String via, String clientIp, String reason) {

    /** "Referral", "Caseload", "Audit report": the record type in words. */
    public String recordLabel() {
        if (recordType == null) {
            return "–";
        }
        String words = recordType.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public boolean isList() {
        return listed >= 0;
    }

    public String personLabel() {
        if (person != null) {
            return person;
        }
        return username == null ? "–" : "User name tried: " + username;
    }
}
