package org.stepwise.demo;

import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Intervention;
import org.stepwise.referral.ProblemDescriptor;

/** What a practitioner writes after an assessment: the difficulty, its impact, the scores, risk and the plan. */
final class AssessmentNotes {

    private static final String[] IMPACT = {
        "Still working but finding it hard to concentrate.", "Currently signed off work.",
        "Managing the children's routine but little else.", "Has stopped going to the gym and seeing friends.",
        "Studying part-time and falling behind.", "Caring for a parent, which leaves little time for themselves.",
        "Works nights; sleep is broken.", "Relationship under strain; partner supportive but worried.",
    };

    private AssessmentNotes() {
    }

    static String write(NoteFacts f, AppointmentPurpose purpose, boolean afterStepUp, Dice dice) {
        StringBuilder s = new StringBuilder();
        if (afterStepUp) {
            s.append("High-intensity assessment ").append(f.how()).append(" after stepping up from low-intensity work.");
        } else if (f.step() == 3) {
            s.append("High-intensity assessment ").append(f.how()).append('.');
        } else {
            s.append(dice.chance(0.5) ? "Assessment " : "Initial assessment ").append(f.how()).append('.');
        }
        s.append(' ').append(presenting(f.theme(), dice)).append(' ').append(dice.pick(IMPACT)).append(' ')
                .append(f.scores()).append(' ').append(RiskWording.of(f, dice)).append(' ');
        if (f.ending() == NoteFacts.Ending.NOT_CONTINUING) {
            return s.append("Unsure whether they want to go ahead; will call the service to confirm.").toString();
        }
        s.append(f.step() == 2 ? "Agreed " + lowIntensity(f.therapy(), f.theme()) + " over six to eight sessions."
                : "Formulation shared; agreed " + HighIntensityWork.offer(f.therapy(), f.theme())
                        + "; goals set together.");
        return s.append(purpose == AppointmentPurpose.ASSESSMENT_AND_TREATMENT
                ? " Started treatment in this session with the first steps of the plan." : " First session booked.")
                .toString();
    }

    private static String lowIntensity(Intervention therapy, ProblemDescriptor theme) {
        return switch (therapy) {
            case GUIDED_SELF_HELP_BOOK -> mood(theme) ? "guided self-help using a behavioural activation workbook"
                    : "guided self-help using a worry-management workbook";
            case GUIDED_SELF_HELP_COMPUTER -> "supported online CBT";
            case STRUCTURED_PHYSICAL_ACTIVITY -> "a structured physical activity programme";
            case PSYCHOEDUCATIONAL_PEER_SUPPORT -> "the Managing Stress psychoeducation group";
            default -> "guided self-help";
        };
    }

    static boolean mood(ProblemDescriptor theme) {
        return switch (theme) {
            case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION, ADJUSTMENT -> true;
            default -> false;
        };
    }

    private static String presenting(ProblemDescriptor theme, Dice dice) {
        return switch (theme) {
            case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION -> dice.pick(new String[] {
                "Describes low mood for about six months, with little enjoyment, early waking and pulling away from "
                        + "friends.",
                "Low mood and tearfulness since being made redundant; sleeping badly and eating less.",
                "Mood has dropped over the winter; tired, flat and struggling to get going in the mornings.",
            });
            case GENERALISED_ANXIETY -> dice.pick(new String[] {
                "Worries most of the day about family, money and health; cannot switch off at night.",
                "Long-standing worry that has grown since a parent's illness; tense, restless and irritable.",
            });
            case MIXED_ANXIETY_DEPRESSION -> "Low and anxious since a relationship ended; worrying about coping alone "
                    + "and sleeping poorly.";
            case PANIC_DISORDER -> "Panic attacks two or three times a week with a racing heart and fear of collapsing; "
                    + "now avoids supermarkets.";
            case AGORAPHOBIA -> "Rarely leaves home alone for fear of panicking far from help; partner does the "
                    + "shopping.";
            case SOCIAL_PHOBIA -> "Fears being judged in meetings and at social events; rehearses what to say and "
                    + "replays conversations afterwards.";
            case PTSD -> "Intrusive memories and nightmares of a road traffic collision; avoids driving and startles "
                    + "easily.";
            case OCD -> "Intrusive thoughts about contamination, with washing and checking taking up to two hours a day.";
            case HEALTH_ANXIETY -> "Preoccupied with fears of cancer despite normal tests; checks their body and "
                    + "searches symptoms most days.";
            case SPECIFIC_PHOBIA -> "Intense fear of needles that has stopped them having blood tests they need.";
            case ADJUSTMENT -> "Struggling to adjust after a bereavement and a house move; tearful and not sleeping.";
            case BODY_DYSMORPHIC -> "Very distressed about their skin; checks mirrors for hours and avoids being seen "
                    + "in daylight.";
        };
    }
}
