package org.stepwise.demo;

import org.stepwise.contact.Intervention;
import org.stepwise.referral.ProblemDescriptor;

/** The therapy each step would offer for a difficulty, as NICE-recommended options are usually chosen. */
final class Therapies {

    private Therapies() {
    }

    static Intervention lowIntensity(ProblemDescriptor theme, Dice dice) {
        double roll = dice.fraction();
        if (roll < 0.55) {
            return Intervention.GUIDED_SELF_HELP_BOOK;
        }
        if (roll < 0.85) {
            return Intervention.GUIDED_SELF_HELP_COMPUTER;
        }
        return switch (theme) {
            case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION, ADJUSTMENT -> roll < 0.95
                    ? Intervention.STRUCTURED_PHYSICAL_ACTIVITY : Intervention.PSYCHOEDUCATIONAL_PEER_SUPPORT;
            case GENERALISED_ANXIETY, MIXED_ANXIETY_DEPRESSION -> Intervention.PSYCHOEDUCATIONAL_PEER_SUPPORT;
            default -> Intervention.GUIDED_SELF_HELP_BOOK;
        };
    }

    static Intervention highIntensity(ProblemDescriptor theme, Dice dice) {
        double roll = dice.fraction();
        return switch (theme) {
            case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION -> roll < 0.6 ? Intervention.CBT
                    : roll < 0.8 ? Intervention.COUNSELLING_FOR_DEPRESSION
                    : roll < 0.92 ? Intervention.IPT : Intervention.COUPLE_THERAPY;
            case PTSD -> roll < 0.7 ? Intervention.CBT : Intervention.EMDR;
            case GENERALISED_ANXIETY -> roll < 0.8 ? Intervention.CBT : Intervention.APPLIED_RELAXATION;
            case ADJUSTMENT, MIXED_ANXIETY_DEPRESSION -> roll < 0.7 ? Intervention.CBT
                    : Intervention.COUNSELLING_FOR_DEPRESSION;
            default -> Intervention.CBT;
        };
    }
}
