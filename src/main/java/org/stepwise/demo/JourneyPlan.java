package org.stepwise.demo;

import java.util.List;

/**
 * The steps one referral takes and the days between them, decided before any row is written.
 *
 * @param step           the step the referral is at in the end (3 for someone stepped up)
 * @param gaps           days before each move, the first from the referral's arrival to its being recorded
 * @param daysAgo        how long before today the last move happened
 * @param courseSessions for a discharged referral, the treatment sessions its last course was planned to
 *                       have; 0 when the course is still running or never began
 */
record JourneyPlan(DemoOutcome outcome, int step, List<Move> moves, int[] gaps, int daysAgo, int courseSessions) {

    /** What can happen to a referral, as the application's services name it. */
    enum Move {
        RECEIVE, DESCRIBE, TRIAGE_ALLOCATE, TRIAGE_WAIT, TRIAGE_CLOSE, ALLOCATE, REALLOCATE, START, STEP_UP,
        STEP_UP_TO_WAITING_LIST, CLOSE, DISCHARGE
    }

    boolean has(Move move) {
        return moves.contains(move);
    }

    /** Stepped up from step 2 after a low-intensity course that did not help enough. */
    boolean steppedUp() {
        return has(Move.STEP_UP) || has(Move.STEP_UP_TO_WAITING_LIST);
    }

    /** The step the referral was first triaged to. */
    int firstStep() {
        return steppedUp() ? 2 : step;
    }

    /** Days from arrival to the last move. */
    int span() {
        int span = 0;
        for (int g : gaps) {
            span += g;
        }
        return span;
    }
}
