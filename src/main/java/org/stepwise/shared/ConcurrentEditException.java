package org.stepwise.shared;

/** Someone else saved the same record first; the stale write is refused rather than lost. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String what) {
        super("Someone else changed this " + what + " while you were editing it. "
                + "Nothing you entered has been saved. Review the current details and make your change again.");
    }
}
