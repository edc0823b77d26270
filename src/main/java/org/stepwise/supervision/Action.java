package org.stepwise.supervision;

import java.time.LocalDate;
import org.stepwise.shared.StaffId;

/** Something agreed in supervision: what, who will do it, and by when. It becomes a task for its owner. */
public record Action(String title, StaffId owner, String ownerName, LocalDate dueOn) {

    /** How the action reads in the ledger and the session record. */
    String summary() {
        return title + " (" + ownerName + ", by " + dueOn + ")";
    }
}
