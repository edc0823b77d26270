package org.stepwise.demo;

import java.util.List;

/**
 * The steps one referral takes and the days between them, decided before any row is written.
 *
 * @param gaps    days before each move, the first from the referral's arrival to its being recorded
 * @param daysAgo how long before today the last move happened
 */
record JourneyPlan(DemoOutcome outcome, int step, List<Move> moves, int[] gaps, int daysAgo) {

    /** What can happen to a referral, as the application's services name it. */
    enum Move {
        RECEIVE, DESCRIBE, TRIAGE_ALLOCATE, TRIAGE_WAIT, TRIAGE_CLOSE, ALLOCATE, REALLOCATE, START, CLOSE, DISCHARGE
    }

    boolean has(Move move) {
        return moves.contains(move);
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
