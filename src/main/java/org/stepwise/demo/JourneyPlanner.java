package org.stepwise.demo;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.demo.JourneyPlan.Move;

/**
 * Decides how a referral travels to its outcome and how long each stage takes: triage within a
 * few weeks, some time on a waiting list, a short wait to start, and a course of treatment that
 * is longer at step 3 than at step 2.
 */
final class JourneyPlanner {

    /** Referrals in the demo arrived within about the last year. */
    static final int YEAR = 365;
    private static final double SHARE_AT_STEP_3 = 0.3;

    private final Dice dice;
    private final List<Move> moves = new ArrayList<>();
    private final List<Integer> gaps = new ArrayList<>();

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
            case WAITING_STEP_2, WAITING_STEP_3 -> {
                triage(Move.TRIAGE_WAIT);
                yield dice.between(1, step == 2 ? 49 : 120);
            }
            case ALLOCATED -> {
                allocation(step);
                maybeReallocate(0.06, 2, 10);
                yield dice.between(0, 14);
            }
            case IN_TREATMENT -> {
                allocation(step);
                then(Move.START, dice.between(5, 25));
                maybeReallocate(0.08, 7, 45);
                yield dice.between(0, step == 2 ? 60 : 120);
            }
            case DISCHARGED -> {
                allocation(step);
                then(Move.START, dice.between(5, 25));
                int course = step == 2 ? dice.between(28, 98) : dice.between(70, 182);
                if (dice.chance(0.06)) {
                    int before = dice.between(7, course - 7);
                    then(Move.REALLOCATE, before);
                    course -= before;
                }
                then(Move.DISCHARGE, course);
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
                gaps.stream().mapToInt(Integer::intValue).toArray(), daysAgo);
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
