package org.stepwise.dataset;

import java.util.UUID;

/**
 * One problem on one record.
 *
 * @param record  the patient, referral or appointment with the problem (the list's cursor)
 * @param patient the person it concerns, for the audit trail
 * @param who     the person's name, so the service lead knows whose record to open
 * @param detail  what exactly is wrong, without identifiers
 */
public record Finding(Problem problem, UUID record, UUID patient, String who, String detail) {

    public String fixLink() {
        return problem.fixLink(record);
    }
}
