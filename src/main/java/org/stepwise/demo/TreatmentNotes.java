package org.stepwise.demo;

import org.stepwise.contact.AppointmentPurpose;

/** What a practitioner writes after a treatment session: what was done, how things are, scores, risk and the plan. */
final class TreatmentNotes {

    private static final String[] BETTER = {
        "Reports feeling brighter and sleeping better.", "Has started seeing friends at weekends again.",
        "Noticing that worries pass more quickly.", "Managed a full week at work for the first time in a while.",
    };
    private static final String[] SAME = {
        "Mood much the same this week.", "Finding it hard to get started with the tasks.",
        "Some good days and some bad; no clear change yet.",
    };
    private static final String[] WORSE = {
        "Mood lower after a difficult week at work.", "More anxious since an argument at home.",
        "Struggled this week and did little of the homework.",
    };
    private static final String[] TOPICS = {
        "thoughts and feelings", "getting active again", "tackling worry", "better sleep", "problem solving",
    };
    private static final String[] MOOD_PLANS = {
        "Plan: keep the activity diary and add one social activity.", "Plan: two planned activities a day, small ones "
                + "first.", "Plan: read the next chapter and try its exercises.",
    };
    private static final String[] WORRY_PLANS = {
        "Plan: use worry time daily and note what happens.", "Plan: keep the worry diary and try problem solving on "
                + "one practical worry.", "Plan: practise the new skill daily and bring the record.",
    };

    private TreatmentNotes() {
    }

    static String write(NoteFacts f, AppointmentPurpose purpose, Dice dice) {
        StringBuilder s = new StringBuilder("Session ").append(f.session()).append(' ').append(f.how());
        s.append(purpose == AppointmentPurpose.REVIEW_AND_TREATMENT ? ": mid-course review of goals and scores. " : ". ");
        s.append(f.step() == 2 ? lowIntensity(f, dice) : HighIntensityWork.session(f.therapy(), f.theme(), dice));
        String[] progress = f.direction() < 0 ? BETTER : f.direction() > 0 ? WORSE : SAME;
        s.append(' ').append(dice.pick(progress)).append(' ').append(f.scores()).append(' ')
                .append(RiskWording.of(f, dice)).append(' ');
        return s.append(switch (f.ending()) {
            case COMPLETED -> "Final session: relapse prevention plan written together; discharge agreed, with a "
                    + "letter to the GP.";
            case STEPPED_UP -> "No reliable improvement after " + f.session() + " sessions; discussed in supervision "
                    + "and agreed to step up to high-intensity therapy.";
            default -> (f.step() == 3 ? "Plan: homework agreed."
                    : dice.pick(AssessmentNotes.mood(f.theme()) ? MOOD_PLANS : WORRY_PLANS))
                    + " Next session in a week.";
        }).toString();
    }

    private static String lowIntensity(NoteFacts f, Dice dice) {
        return switch (f.therapy()) {
            case GUIDED_SELF_HELP_BOOK -> AssessmentNotes.mood(f.theme())
                    ? dice.pick(new String[] {
                        "Reviewed the activity diary: managed three of five planned activities and felt better after "
                                + "a walk.",
                        "Went through values and built a graded list of activities for the week.",
                        "Looked at avoidance and broke the hardest task into small steps.",
                    })
                    : dice.pick(new String[] {
                        "Introduced worry time and sorted worries into practical and hypothetical.",
                        "Practised problem solving on the money worry; drafted a call to the bank.",
                        "Reviewed the worry diary: worry time used on four days.",
                    });
            case GUIDED_SELF_HELP_COMPUTER -> "Reviewed the online programme: finished the module on "
                    + dice.pick(TOPICS) + ".";
            case STRUCTURED_PHYSICAL_ACTIVITY -> dice.pick(new String[] {
                "Reviewed the activity plan: walked three times for twenty minutes; building up to thirty.",
                "Went swimming twice with a friend; noticed sleeping better on those days.",
                "Missed two planned walks in the rain; agreed an indoor alternative.",
            });
            case PSYCHOEDUCATIONAL_PEER_SUPPORT -> "Attended the group session on " + dice.pick(TOPICS)
                    + (dice.chance(0.5) ? " and shared one strategy that helped." : "; found it useful to hear others "
                    + "describe the same struggles.");
            default -> "Worked through sleep routines and a wind-down plan.";
        };
    }
}
