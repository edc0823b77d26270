package org.stepwise.demo;

import org.stepwise.referral.ProblemDescriptor;

/**
 * How one person's scores move across their attended sessions. Levels are measured in cut-offs:
 * 1 is a measure's clinical cut-off, 0.5 halfway from its floor to the cut-off, 2 twice as far. One
 * curve for depression and one for anxiety then give PHQ-9, GAD-7 and any ADSM alike, so the
 * measures agree with each other as they would for a real person.
 *
 * @param turn       the session (from 0, the assessment) after which change begins
 * @param atRisk     answers PHQ-9 question 9 above 0 while their mood is at its lowest
 */
record Trajectory(Kind kind, double depressionStart, double depressionEnd, double anxietyStart, double anxietyEnd,
                  int turn, boolean atRisk) {

    /** The shapes seen in services' outcome data, with their share of people who have sessions. */
    enum Kind {
        /** Starts at caseness and ends below both cut-offs: recovery. */
        IMPROVER(41),
        /** Little change for the first five or six sessions, then improves. */
        SLOW_RESPONDER(19),
        /** Stays above caseness throughout. */
        NON_RESPONDER(26),
        /** Gets reliably worse. */
        DETERIORATOR(6),
        /** Not at caseness even at the start. */
        BELOW_CASENESS(8);

        private final int share;

        Kind(int share) {
            this.share = share;
        }

        static int[] shares() {
            return java.util.Arrays.stream(values()).mapToInt(k -> k.share).toArray();
        }
    }

    /** A level's session-to-session wobble, small enough that recovery and reliable change still show. */
    static final double WOBBLE = 0.1;

    static Trajectory draw(Kind kind, ProblemDescriptor theme, Dice dice) {
        boolean mixed = theme == ProblemDescriptor.MIXED_ANXIETY_DEPRESSION;
        double lead = mixed ? level(dice, 1.2, 2.1) : level(dice, 1.25, 2.2);
        double other = mixed ? level(dice, 1.05, 2.0) : level(dice, 0.55, 1.7);
        boolean depressionLed = switch (theme) {
            case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION, ADJUSTMENT -> true;
            case MIXED_ANXIETY_DEPRESSION -> dice.chance(0.5);
            default -> false;
        };
        double dep = depressionLed ? lead : other;
        double anx = depressionLed ? other : lead;
        Trajectory t = switch (kind) {
            case IMPROVER -> new Trajectory(kind, dep, level(dice, 0.2, 0.6), anx, level(dice, 0.2, 0.6), 0, false);
            case SLOW_RESPONDER -> new Trajectory(kind, dep, level(dice, 0.2, 0.6), anx, level(dice, 0.2, 0.6),
                    dice.between(4, 5), false);
            case NON_RESPONDER -> new Trajectory(kind, dep, dep * level(dice, 0.92, 1.04), anx,
                    anx * level(dice, 0.92, 1.04), 0, false);
            case DETERIORATOR -> {
                double low = level(dice, 1.0, 1.5);
                yield new Trajectory(kind, low, low + level(dice, 0.85, 1.1), anx, anx + level(dice, 0.2, 0.5), 0,
                        false);
            }
            case BELOW_CASENESS -> new Trajectory(kind, level(dice, 0.45, 0.82), level(dice, 0.2, 0.5),
                    level(dice, 0.45, 0.82), level(dice, 0.2, 0.5), 0, false);
        };
        double risk = kind == Kind.DETERIORATOR ? 0.25 : t.depressionStart >= 1.8 ? 0.08 : 0.02;
        return t.withRisk(dice.chance(risk));
    }

    Trajectory withRisk(boolean risk) {
        return new Trajectory(kind, depressionStart, depressionEnd, anxietyStart, anxietyEnd, turn, risk);
    }

    /** Nothing changes before {@code session}: someone stepped up stays where they were until step 3 begins. */
    Trajectory flatUntil(int session) {
        return new Trajectory(kind, depressionStart, depressionEnd, anxietyStart, anxietyEnd, Math.max(turn, session),
                atRisk);
    }

    double depression(int session, int sessions) {
        return depressionStart + (depressionEnd - depressionStart) * progress(session, sessions);
    }

    double anxiety(int session, int sessions) {
        return anxietyStart + (anxietyEnd - anxietyStart) * progress(session, sessions);
    }

    /**
     * How far along the change the person is, 0 to 1, reaching 1 at the last of {@code sessions}. Improvement
     * comes mostly early in a course, so improvers move fast at first.
     */
    private double progress(int session, int sessions) {
        if (session <= turn || sessions - 1 <= turn) {
            return 0;
        }
        double p = Math.min(1, (session - turn) / (double) (sessions - 1 - turn));
        return kind == Kind.IMPROVER || kind == Kind.BELOW_CASENESS ? 1 - Math.pow(1 - p, 1.6) : p;
    }

    private static double level(Dice dice, double low, double high) {
        return low + (high - low) * dice.fraction();
    }
}
