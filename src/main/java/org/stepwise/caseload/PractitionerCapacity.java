package org.stepwise.caseload;

import org.stepwise.shared.StaffId;

/** A practitioner's open cases against their cap, as shown when allocating. */
public record PractitionerCapacity(StaffId staffId, String name, boolean trainee, int openCases, int cap) {

    public boolean full() {
        return openCases >= cap;
    }

    public int remaining() {
        return Math.max(0, cap - openCases);
    }

    /**
     * Whether one more case may be allocated. Over the cap only with an explicit, written reason,
     * which the caller records.
     */
    public boolean allows(String overrideReason) {
        return !full() || (overrideReason != null && !overrideReason.isBlank());
    }
}
