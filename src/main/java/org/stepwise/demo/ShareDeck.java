package org.stepwise.demo;

/**
 * Deals indices so that every prefix of the deal keeps close to the intended shares: a small demo
 * already shows each kind in about its share, and a large one needs only these counters.
 */
final class ShareDeck {

    private final int[] shares;
    private final long[] dealt;
    private long total;

    ShareDeck(int... shares) {
        this.shares = shares.clone();
        this.dealt = new long[shares.length];
    }

    /** The index furthest behind its share, the earlier on a tie. */
    int next() {
        total++;
        int sum = 0;
        for (int s : shares) {
            sum += s;
        }
        int behind = 0;
        double mostBehind = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < shares.length; i++) {
            double gap = (double) shares[i] * total / sum - dealt[i];
            if (gap > mostBehind) {
                mostBehind = gap;
                behind = i;
            }
        }
        dealt[behind]++;
        return behind;
    }
}
