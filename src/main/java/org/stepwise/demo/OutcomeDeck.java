package org.stepwise.demo;

/**
 * Deals outcomes to patients so that every prefix of the patients keeps close to the intended
 * shares: a small demo still shows every status, and a large one needs only these counters.
 */
final class OutcomeDeck {

    private static final DemoOutcome[] OUTCOMES = DemoOutcome.values();
    private final long[] dealt = new long[OUTCOMES.length];
    private long total;

    /** The outcome furthest behind its share, the earlier in the list on a tie. */
    DemoOutcome next() {
        total++;
        int behind = 0;
        double mostBehind = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < OUTCOMES.length; i++) {
            double gap = OUTCOMES[i].percent() * total / 100.0 - dealt[i];
            if (gap > mostBehind) {
                mostBehind = gap;
                behind = i;
            }
        }
        dealt[behind]++;
        return OUTCOMES[behind];
    }
}
