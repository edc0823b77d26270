package org.stepwise.risk;

/** A task is open until someone completes it; completing records who and when, once. */
public enum TaskStatus {
    OPEN,
    DONE;

    TaskStatus complete() {
        if (this == DONE) {
            throw new RiskTransitionException("This task has already been completed.");
        }
        return DONE;
    }
}
