package org.stepwise.demo;

import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralSource;

/** What staff write when they decide, and which codes they choose: the common ones most often. */
final class DemoWording {

    private static final ReferralSource[] SOURCES = {
        ReferralSource.B1, ReferralSource.A1, ReferralSource.A2, ReferralSource.A3, ReferralSource.A4,
        ReferralSource.B2, ReferralSource.C1, ReferralSource.D2, ReferralSource.G4, ReferralSource.H2,
        ReferralSource.M2, ReferralSource.M6, ReferralSource.M7, ReferralSource.N4, ReferralSource.P1,
    };
    /** Self-referral about 60 %, GP about 30 %, the rest shared out. */
    private static final int[] SOURCE_WEIGHTS = {600, 300, 8, 10, 6, 5, 7, 8, 7, 8, 7, 5, 10, 4, 15};

    /**
     * A discharge comes from treatment, which the first attended treatment session started, so only the codes for
     * people taken on for treatment fit (the application offers no others); seen-not-treated endings are closures.
     */
    private static final EndingCode[] DISCHARGE_CODES = {
        EndingCode.COMPLETED, EndingCode.ENDED_BY_PATIENT, EndingCode.ENDED_BY_PROFESSIONAL,
        EndingCode.NOT_KNOWN_TREATED,
    };
    private static final int[] DISCHARGE_WEIGHTS = {77, 14, 6, 3};
    /**
     * The demo service screens referrals on paper, so a referral closed at triage was never seen: NHS England counts
     * only 50, not assessed, for that (see {@link EndingCode}), whatever the person's needs were.
     */
    private static final String[][] TRIAGE_CLOSE_REASONS = {
        {"Signposted to bereavement counselling", "Signposted to the debt advice service",
            "Signposted to the local carers' centre"},
        {"Needs are beyond what the service offers: referred back to the GP"},
        {"Referred to the community mental health team", "Referred to the eating disorders service",
            "Referred to drug and alcohol services"},
        {"No longer wants support: asked for the referral to be closed before an assessment"},
    };
    private static final int[] TRIAGE_CLOSE_WEIGHTS = {40, 25, 25, 10};
    /** Closed from the waiting list without an appointment: not assessed. */
    private static final String[] UNSEEN_CLOSE_REASONS = {
        "Did not opt in after three attempts to make contact",
        "No longer wants support: asked to come off the waiting list",
        "Moved out of the area before an appointment",
    };
    private static final int[] UNSEEN_CLOSE_WEIGHTS = {50, 35, 15};
    /**
     * Allocated but never treated: some never came (50), the rest came to an assessment and went no further, which
     * the seen-not-treated codes say and the diary shows with an attended assessment.
     */
    private static final EndingCode[] ALLOCATED_CLOSE_CODES = {
        EndingCode.NOT_ASSESSED, EndingCode.DECLINED, EndingCode.DISCHARGED_AFTER_ADVICE,
        EndingCode.REFERRED_ELSEWHERE, EndingCode.INCOMPLETE_ASSESSMENT, EndingCode.NOT_KNOWN_SEEN,
    };
    private static final int[] ALLOCATED_CLOSE_WEIGHTS = {40, 10, 10, 6, 22, 12};

    private static final String[] STEP_2_REASONS = {
        "Mild to moderate symptoms: guided self-help", "Suits guided self-help by telephone",
        "Prefers a computerised CBT programme with support", "Behavioural activation for low mood",
        "Psychoeducation group offered first",
    };
    private static final String[] STEP_3_REASONS = {
        "Moderate to severe symptoms: CBT indicated", "Trauma-focused CBT indicated",
        "Previous low-intensity treatment did not help", "Complex presentation: high-intensity assessment",
        "Counselling for depression requested",
    };
    private static final String[] WAITING_REASONS = {
        "No capacity at this step this week", "Prefers face-to-face appointments, which have a longer wait",
        "Needs evening appointments", "Waiting for a practitioner who speaks Polish",
    };
    private static final String[] STEP_UP_REASONS = {
        "No reliable improvement after a course of guided self-help; agreed in supervision",
        "Scores unchanged after five sessions; needs high-intensity CBT",
        "Low-intensity work not enough for the severity of symptoms; agreed with the person",
    };
    private static final String[] REALLOCATION_REASONS = {
        "Practitioner on long-term leave", "Balancing caseloads across the team",
        "Person asked for evening appointments", "Practitioner moved to another team",
    };

    private DemoWording() {
    }

    static ReferralSource source(Dice dice) {
        return SOURCES[dice.weighted(SOURCE_WEIGHTS)];
    }

    /** Dealt rather than drawn: how courses end drives the recovery rate, which even a small demo should show. */
    static ShareDeck dischargeDeck() {
        return new ShareDeck(DISCHARGE_WEIGHTS);
    }

    static EndingCode dischargeCode(ShareDeck deck) {
        return DISCHARGE_CODES[deck.next()];
    }

    static EndingCode allocatedCloseCode(Dice dice) {
        return ALLOCATED_CLOSE_CODES[dice.weighted(ALLOCATED_CLOSE_WEIGHTS)];
    }

    static String stepUpReason(Dice dice) {
        return dice.pick(STEP_UP_REASONS);
    }

    /** Why a referral screened on paper was closed; its code is always 50, not assessed. */
    static String triageCloseReason(Dice dice) {
        return dice.pick(TRIAGE_CLOSE_REASONS[dice.weighted(TRIAGE_CLOSE_WEIGHTS)]);
    }

    /** Why someone who never came to be seen was taken off the waiting list; the code is 50, not assessed. */
    static String unseenCloseReason(Dice dice) {
        return UNSEEN_CLOSE_REASONS[dice.weighted(UNSEEN_CLOSE_WEIGHTS)];
    }

    static String screening(int step) {
        return step == 2 ? "Suitable for low-intensity treatment at step 2" : "Needs high-intensity therapy at step 3";
    }

    static String closingScreening(String reason) {
        return reason.startsWith("No longer wants support") ? "No longer wants support"
                : "Needs are better met by another service";
    }

    static String allocationReason(Dice dice, int step) {
        return dice.pick(step == 2 ? STEP_2_REASONS : STEP_3_REASONS);
    }

    static String waitingReason(Dice dice) {
        return dice.pick(WAITING_REASONS);
    }

    static String reallocationReason(Dice dice) {
        return dice.pick(REALLOCATION_REASONS);
    }

    static String endingReason(Dice dice, EndingCode code) {
        return switch (code) {
            case SIGNPOSTED -> dice.pick(new String[] {"Signposted to bereavement counselling",
                "Signposted to the debt advice service", "Signposted to the local carers' centre"});
            case NOT_SUITABLE -> "Needs are beyond what the service offers: referred back to the GP";
            case REFERRED_ELSEWHERE -> dice.pick(new String[] {"Referred to the community mental health team",
                "Referred to the eating disorders service", "Referred to drug and alcohol services"});
            case DISCHARGED_AFTER_ADVICE -> "Feels better after the assessment and advice; no further support wanted";
            case DECLINED -> "Assessed as suitable; decided not to go ahead with the treatment offered";
            case NOT_ASSESSED -> "Did not attend two assessment appointments";
            case COMPLETED -> dice.pick(new String[] {"Goals met; relapse prevention plan agreed",
                "Scores below caseness at the last two sessions", "Ready to carry on with the techniques alone"});
            case ENDED_BY_PATIENT -> "Stopped attending and did not respond to contact";
            case ENDED_BY_PROFESSIONAL -> "Ended early: needs better met by secondary care";
            case INCOMPLETE_ASSESSMENT -> "Assessment not completed; chose not to continue";
            case NOT_KNOWN_SEEN, NOT_KNOWN_TREATED -> "Moved out of the area";
            default -> null;
        };
    }
}
