package org.stepwise.demo;

/**
 * Deals outcomes to patients so that every prefix of the patients keeps close to the intended
 * shares: a small demo still shows every status, and a large one needs only these counters.
 */
final class OutcomeDeck {

    private static final DemoOutcome[] OUTCOMES = DemoOutcome.values();
    private final ShareDeck deck = new ShareDeck(java.util.Arrays.stream(OUTCOMES).mapToInt(DemoOutcome::percent)
            .toArray());

    DemoOutcome next() {
        return OUTCOMES[deck.next()];
    }
}
