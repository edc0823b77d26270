package org.stepwise.demo;

import org.stepwise.contact.Intervention;
import org.stepwise.referral.ProblemDescriptor;

/** What high-intensity therapy is offered as, and what a session of it does, by therapy and difficulty. */
final class HighIntensityWork {

    private HighIntensityWork() {
    }

    static String offer(Intervention therapy, ProblemDescriptor theme) {
        return switch (therapy) {
            case CBT -> switch (theme) {
                case PTSD -> "trauma-focused CBT";
                case OCD -> "CBT with exposure and response prevention";
                case PANIC_DISORDER, AGORAPHOBIA -> "CBT for panic";
                case SOCIAL_PHOBIA -> "CBT for social anxiety";
                case DEPRESSIVE_EPISODE, RECURRENT_DEPRESSION -> "CBT for depression";
                default -> "a course of CBT";
            };
            case COUNSELLING_FOR_DEPRESSION -> "counselling for depression";
            case IPT -> "interpersonal psychotherapy";
            case EMDR -> "EMDR";
            case APPLIED_RELAXATION -> "applied relaxation";
            case COUPLE_THERAPY -> "couple therapy for depression with their partner";
            default -> "high-intensity therapy";
        };
    }

    static String session(Intervention therapy, ProblemDescriptor theme, Dice dice) {
        return switch (therapy) {
            case CBT -> cbt(theme, dice);
            case COUNSELLING_FOR_DEPRESSION -> dice.pick(new String[] {
                "Explored guilt about their mother's death and how they hold back with family.",
                "Focused on the loss of their role at work and what it has meant to them.",
            });
            case IPT -> dice.pick(new String[] {
                "Focus on the role transition since retirement; listed what the new role could hold.",
                "Worked on the dispute with their sister and ways of raising it.",
            });
            case EMDR -> "Processed the target memory with bilateral stimulation; distress fell from 8 to 3 out of 10.";
            case APPLIED_RELAXATION -> "Practised cue-controlled relaxation; now relaxing in about two minutes.";
            case COUPLE_THERAPY -> "Joint session with their partner on communication and sharing household tasks.";
            default -> "Continued the agreed therapy and reviewed the homework.";
        };
    }

    private static String cbt(ProblemDescriptor theme, Dice dice) {
        return switch (theme) {
            case PTSD -> dice.pick(new String[] {
                "Reliving of the worst moment; updated the meaning that they were about to die with what they know now.",
                "Planned a visit to the junction where the collision happened, to notice what is different now.",
            });
            case OCD -> "Exposure and response prevention: touched the bin and held off washing for forty minutes; "
                    + "anxiety peaked at 70 and fell to 20.";
            case PANIC_DISORDER -> "Behavioural experiment: brought on a racing heart by running on the spot; belief "
                    + "in having a heart attack fell from 80% to 30%.";
            case AGORAPHOBIA -> "Graded exposure: walked to the shops and back alone, dropping the phone as a safety "
                    + "behaviour.";
            case SOCIAL_PHOBIA -> "Dropped safety behaviours in a conversation and used video feedback to compare how "
                    + "they felt with how they came across.";
            case HEALTH_ANXIETY -> "Cut body checking to once a day and tested the belief that checking keeps them safe.";
            case GENERALISED_ANXIETY -> "Tested the belief that worrying keeps the family safe; started postponing "
                    + "worry.";
            case SPECIFIC_PHOBIA -> "Graded exposure from pictures of needles to holding a sheathed needle.";
            case BODY_DYSMORPHIC -> "Cut mirror checking and practised going out without covering up.";
            default -> dice.pick(new String[] {
                "Worked on a thought record about feeling a failure at work and found evidence against it.",
                "Reviewed behavioural activation and scheduled two activities that used to give a sense of achievement.",
                "Looked at rumination after work and tried switching attention to the task in hand.",
            });
        };
    }
}
