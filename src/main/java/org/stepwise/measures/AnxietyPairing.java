package org.stepwise.measures;

/**
 * Which anxiety measure is paired with PHQ-9 for a referral's outcomes, and why.
 *
 * @param measure the measure used (an ADSM or GAD-7)
 * @param basis   why that measure was chosen
 * @param adsm    the descriptor's ADSM even when it was not used (so reports can count GAD-7 fallbacks), or null
 */
public record AnxietyPairing(InstrumentCode measure, Basis basis, InstrumentCode adsm) {

    public enum Basis {
        /** The problem descriptor has an ADSM and it has paired scores: it is used instead of GAD-7. */
        ADSM,
        /** The descriptor has an ADSM but it lacks paired scores, so GAD-7 is the back-up (Clark 2018 table 2). */
        GAD7_FALLBACK,
        /** The descriptor has no ADSM (depression, GAD, mixed, specific phobia, BDD, none recorded). */
        GAD7
    }

    public boolean usesAdsm() {
        return basis == Basis.ADSM;
    }
}
