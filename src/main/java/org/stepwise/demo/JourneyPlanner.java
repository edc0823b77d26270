package org.stepwise.demo;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.demo.JourneyPlan.Move;

/**
 * Decides how a referral travels to its outcome and how long each stage takes: triage within a
 * few weeks, some time on a waiting list, a short wait to start, and a course of treatment that
 * is longer at step 3 than at step 2. A few people at step 3 got there by being stepped up after a
 * low-intensity course that did not help.
 */
final class JourneyPlanner {

    /** Referrals in the demo arrived within about the last year. */
    static final int YEAR = 365;
    private static final double SHARE_AT_STEP_3 = 0.3;
    /** Of the people at step 3, those who came from step 2: more of those waiting, as services report. */
    private static final double STEPPED_UP_WAITING = 0.25;
    private static final double STEPPED_UP_TREATED = 0.1;

    /** Treatment sessions in a finished course, from 1: step 2 mostly 3 to 8, step 3 mostly 6 to 16. */
    private static final int[] STEP_2_SESSIONS = {3, 6, 12, 16, 17, 15, 11, 9, 6, 5};
    private static final int[] STEP_3_SESSIONS = {1, 2, 2, 3, 4, 7, 8, 9, 9, 9, 8, 9, 7, 6, 5, 5, 2, 2, 1, 1};

    private final Dice dice;
    private final List<Move> moves = new ArrayList<>();
    private final List<Integer> gaps = new ArrayList<>();
    private int courseSessions;

    private JourneyPlanner(Dice dice) {
        this.dice = dice;
    }

    /** A patient's current referral, arriving within the last year. */
    static JourneyPlan current(DemoOutcome outcome, Dice dice) {
        return new JourneyPlanner(dice).plan(outcome, -1);
    }

    /** A referral that ended some time before the patient's current one arrived. */
    static JourneyPlan earlier(int daysBeforeNextArrival, Dice dice) {
        DemoOutcome outcome = dice.chance(0.55) ? DemoOutcome.DISCHARGED : DemoOutcome.CLOSED;
        return new JourneyPlanner(dice).plan(outcome, daysBeforeNextArrival + dice.between(14, 120));
    }

    private JourneyPlan plan(DemoOutcome outcome, int fixedDaysAgo) {
        int step = switch (outcome) {
            case WAITING_STEP_2 -> 2;
            case WAITING_STEP_3 -> 3;
            default -> dice.chance(SHARE_AT_STEP_3) ? 3 : 2;
        };
        then(Move.RECEIVE, dice.chance(0.8) ? 0 : dice.between(1, 3));
        int daysAgo = switch (outcome) {
            case AWAITING_TRIAGE -> dice.chance(0.7) ? dice.between(0, 10) : dice.between(11, 24);
            case WAITING_STEP_2 -> {
                triage(Move.TRIAGE_WAIT);
                yield dice.between(1, 49);
            }
            case WAITING_STEP_3 -> {
                if (dice.chance(STEPPED_UP_WAITING)) {
                    stepTwoCourse(Move.STEP_UP_TO_WAITING_LIST);
                } else {
                    triage(Move.TRIAGE_WAIT);
                }
                yield dice.between(1, 120);
            }
            case ALLOCATED -> {
                allocation(step);
                maybeReallocate(0.06, 2, 10);
                yield dice.between(0, 14);
            }
            case IN_TREATMENT -> {
                startTreatment(step);
                if (!moves.contains(Move.STEP_UP)) {
                    maybeReallocate(0.08, 7, 45);
                }
                yield dice.between(0, step == 2 ? 60 : 120);
            }
            case DISCHARGED -> {
                startTreatment(step);
                discharge(step);
                yield dice.between(0, restOfYear());
            }
            case CLOSED -> {
                closure(step);
                yield dice.between(0, restOfYear());
            }
        };
        if (fixedDaysAgo >= 0) {
            daysAgo = fixedDaysAgo;
        } else {
            daysAgo = Math.max(0, Math.min(daysAgo, restOfYear()));
        }
        return new JourneyPlan(outcome, step, List.copyOf(moves),
                gaps.stream().mapToInt(Integer::intValue).toArray(), daysAgo, courseSessions);
    }

    /** Allocation and the first treatment session; at step 3 sometimes after a step-2 course first. */
    private void startTreatment(int step) {
        if (step == 3 && dice.chance(STEPPED_UP_TREATED)) {
            stepTwoCourse(Move.STEP_UP);
            // The high-intensity therapist assesses afresh before treatment starts again.
            then(Move.START, dice.between(7, 28));
        } else {
            allocation(step);
            then(Move.START, dice.between(5, 25));
        }
    }

    /** A step-2 course of at least four treatment sessions after the first, then the step up. */
    private void stepTwoCourse(Move stepUp) {
        allocation(2);
        then(Move.START, dice.between(5, 25));
        then(stepUp, dice.between(30, 50));
    }

    /** Roughly weekly sessions, a little slack for missed weeks, then the discharge a few days after the last. */
    private void discharge(int step) {
        int sessions = 1 + dice.weighted(step == 2 ? STEP_2_SESSIONS : STEP_3_SESSIONS);
        courseSessions = sessions;
        int course = (sessions - 1) * 7 + dice.between(0, sessions + 2) + dice.between(1, 10);
        if (course >= 21 && !moves.contains(Move.STEP_UP) && dice.chance(0.06)) {
            int before = dice.between(7, course - 7);
            then(Move.REALLOCATE, before);
            course -= before;
        }
        then(Move.DISCHARGE, course);
    }

    private void allocation(int step) {
        if (dice.chance(0.35)) {
            triage(Move.TRIAGE_WAIT);
            then(Move.ALLOCATE, waitOnList(step));
        } else {
            triage(Move.TRIAGE_ALLOCATE);
        }
    }

    private void closure(int step) {
        double roll = dice.fraction();
        if (roll < 0.5) {
            triage(Move.TRIAGE_CLOSE);
        } else if (roll < 0.75) {
            triage(Move.TRIAGE_WAIT);
            then(Move.CLOSE, waitOnList(step));
        } else {
            triage(Move.TRIAGE_ALLOCATE);
            then(Move.CLOSE, dice.between(3, 30));
        }
    }

    /** Triage some days after arrival, usually with the provisional diagnosis recorded just before. */
    private void triage(Move decision) {
        int gap = dice.chance(0.7) ? dice.between(1, 10) : dice.between(11, 28);
        if (dice.chance(decision == Move.TRIAGE_CLOSE ? 0.5 : 0.88)) {
            then(Move.DESCRIBE, gap);
            then(decision, 0);
        } else {
            then(decision, gap);
        }
    }

    private void maybeReallocate(double chance, int fromDays, int toDays) {
        if (dice.chance(chance)) {
            then(Move.REALLOCATE, dice.between(fromDays, toDays));
        }
    }

    /** Days left in the year once the moves planned so far are laid end to end. */
    private int restOfYear() {
        return Math.max(0, YEAR - gaps.stream().mapToInt(Integer::intValue).sum());
    }

    private int waitOnList(int step) {
        return step == 2 ? dice.between(14, 70) : dice.between(28, 140);
    }

    private void then(Move move, int gap) {
        moves.add(move);
        gaps.add(gap);
    }
}
