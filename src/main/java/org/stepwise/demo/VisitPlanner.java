package org.stepwise.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stepwise.referral.EndingCode;

/** Lays a referral's appointments, stretch of care by stretch of care, to fit how the referral went and ended. */
final class VisitPlanner {

    private final Dice dice;
    private final UUID admin;
    private final Instant now;

    VisitPlanner(Dice dice, UUID admin, Instant now) {
        this.dice = dice;
        this.admin = admin;
        this.now = now;
    }

    /** @param courseSessions the treatment sessions the last course was planned to have, for an ended course */
    List<Visit> lay(CareRecord care, Habits habits, int courseSessions) {
        List<Visit> visits = new ArrayList<>();
        List<CareRecord.Episode> episodes = care.episodes();
        for (int i = 0; i < episodes.size(); i++) {
            CareRecord.Episode e = episodes.get(i);
            boolean last = i == episodes.size() - 1;
            EpisodeDiary diary = new EpisodeDiary(dice, habits, e, admin, now, visits);
            if (e.startedAt != null) {
                diary.assessAndStart();
                // Someone later stepped up came to every step-2 session: that is how it was seen not to be enough.
                boolean steppedOn = !last || (!e.ongoing() && !care.ended());
                if (steppedOn) {
                    diary.course(EpisodeDiary.OPEN, EpisodeDiary.OPEN, false);
                } else if (care.ended()) {
                    endedCourse(diary, care.endingCode(), Math.max(1, courseSessions));
                } else {
                    diary.course(EpisodeDiary.OPEN, EpisodeDiary.OPEN, true);
                }
            } else if (e.ongoing()) {
                diary.awaitingTreatment();
            } else if (care.ended()) {
                diary.closedBeforeTreatment(care.endingCode());
            }
        }
        return visits;
    }

    /** A finished course runs to plan; one the person left ends with missed sessions, or simply stops. */
    private void endedCourse(EpisodeDiary diary, EndingCode code, int sessions) {
        switch (code) {
            case ENDED_BY_PATIENT -> diary.course(EpisodeDiary.OPEN, dice.between(1, Math.max(1, sessions - 1)), true);
            case NOT_KNOWN_TREATED -> diary.course(dice.between(1, sessions), EpisodeDiary.OPEN, true);
            default -> diary.course(sessions, EpisodeDiary.OPEN, true);
        }
    }
}
