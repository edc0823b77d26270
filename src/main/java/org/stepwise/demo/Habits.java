package org.stepwise.demo;

import java.time.LocalTime;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.referral.ProblemDescriptor;

/**
 * How one person takes part in their care, so that their diary reads like one person's: the time
 * that suits them, how they are usually seen at each step, the therapy each step offers them, and
 * how likely they are to miss a session.
 */
record Habits(LocalTime usualTime, ConsultationMechanism lowIntensityMode, ConsultationMechanism highIntensityMode,
              Intervention lowIntensity, Intervention highIntensity, double missChance) {

    private static final LocalTime[] TIMES = {
        LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0),
        LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(13, 30), LocalTime.of(14, 0), LocalTime.of(14, 30),
        LocalTime.of(15, 0), LocalTime.of(15, 30), LocalTime.of(16, 0), LocalTime.of(17, 0), LocalTime.of(17, 30),
    };
    /** Step 2 is mostly by telephone; step 3 mostly in the room or by video. */
    private static final ConsultationMechanism[] MODES = {
        ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO, ConsultationMechanism.FACE_TO_FACE,
    };
    private static final int[] LOW_INTENSITY_MODES = {55, 20, 25};
    private static final int[] HIGH_INTENSITY_MODES = {15, 35, 50};

    static Habits of(ProblemDescriptor theme, Dice dice) {
        double roll = dice.fraction();
        // Most people rarely miss a session; a few miss often, which is what the caseload's DNA prompt is for.
        double miss = roll < 0.68 ? 0.06 : roll < 0.9 ? 0.18 : 0.36;
        return new Habits(dice.pick(TIMES), MODES[dice.weighted(LOW_INTENSITY_MODES)],
                MODES[dice.weighted(HIGH_INTENSITY_MODES)], Therapies.lowIntensity(theme, dice),
                Therapies.highIntensity(theme, dice), miss);
    }

    ConsultationMechanism mode(int step, Dice dice) {
        if (dice.chance(0.08)) {
            return dice.pick(MODES);
        }
        return step == 2 ? lowIntensityMode : highIntensityMode;
    }

    Intervention therapy(int step) {
        return step == 2 ? lowIntensity : highIntensity;
    }

    /** Now and then a session is moved to another time of day. */
    LocalTime time(Dice dice) {
        return dice.chance(0.15) ? dice.pick(TIMES) : usualTime;
    }
}
