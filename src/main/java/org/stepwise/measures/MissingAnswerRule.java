package org.stepwise.measures;

/**
 * What happens when a form comes back with blank items. Only an instrument's own published rule may let a score
 * through with gaps; where the reference gives no rule every item is required.
 */
public sealed interface MissingAnswerRule {

    /** How many items may be blank and the form still be scored. */
    int maxMissing();

    /** Every item must be answered. */
    record AllRequired() implements MissingAnswerRule {
        public int maxMissing() {
            return 0;
        }
    }

    /**
     * Up to {@code maxMissing} blank items take the mean of the answered items. For a summed measure this prorates
     * the total (OCI: "1–2 missing items → substitute mean of the others; >2 missing → disregard"); for a mean-scored
     * measure it is simply the mean of the answered items (Mobility Inventory: invalid if more than 5 skipped).
     */
    record MeanSubstitution(int maxMissing) implements MissingAnswerRule {
        public MeanSubstitution {
            if (maxMissing < 1) {
                throw new IllegalArgumentException("Mean substitution needs at least one missing item allowed");
            }
        }
    }
}
