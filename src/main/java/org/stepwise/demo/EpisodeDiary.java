package org.stepwise.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Attendance;
import org.stepwise.referral.EndingCode;

/**
 * Lays the appointments of one stretch of care between its allocation and its end (or today), in
 * order: assessment, the session that started treatment at the very moment the journey says it
 * started, then roughly weekly sessions with the misses, cancellations and rebookings of real diaries.
 * Everything recorded happened before the stretch ended and before now.
 */
final class EpisodeDiary {

    /** A course with no planned end, or a person who does not drop out. */
    static final int OPEN = Integer.MAX_VALUE;
    private static final String[] PATIENT_REASONS = {
        "Unwell", "Childcare fell through", "Shift changed at work", "Family emergency", "Car broke down",
        "Clashes with a hospital appointment",
    };
    private static final String[] SERVICE_REASONS = {
        "Practitioner unwell", "Practitioner on mandatory training", "Room unavailable",
        "Practitioner called to an urgent risk review",
    };

    private final Dice dice;
    private final Habits habits;
    private final CareRecord.Episode episode;
    private final Slots slots;
    private final DiaryEntries diary;
    private final int assessmentMinutes;
    private final int treatmentMinutes;
    private Instant firstTreatment;

    EpisodeDiary(Dice dice, Habits habits, CareRecord.Episode episode, UUID admin, Instant now, List<Visit> visits) {
        this.dice = dice;
        this.habits = habits;
        this.episode = episode;
        this.slots = new Slots(dice, habits, episode.ongoing() ? now : episode.endedAt, now);
        this.diary = new DiaryEntries(dice, habits, episode, slots, admin, visits);
        this.assessmentMinutes = episode.step == 2 ? 45 : 60;
        this.treatmentMinutes = episode.step == 2 ? dice.pick(new Integer[] {30, 30, 35, 40})
                : dice.pick(new Integer[] {50, 50, 60});
    }

    /** The assessment, then the first treatment session, whose outcome is recorded as treatment starts. */
    void assessAndStart() {
        Instant started = episode.startedAt;
        LocalDate to = Slots.day(started).minusDays(1);
        LocalDate day = slots.weekdayBetween(Slots.day(episode.allocatedAt).plusDays(1), to, 7);
        boolean separate = day != null && dice.chance(0.9);
        if (separate) {
            LocalDate later = slots.weekdayBetween(day.plusDays(1), to, 7);
            if (later != null && dice.chance(habits.missChance())) {
                diary.missed(slots.at(day), AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
                day = later;
            }
            diary.seen(slots.at(day), AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
        }
        int minutes = treatmentMinutes - dice.between(0, 5);
        firstTreatment = Slots.quarterBefore(started.minus(Duration.ofMinutes(minutes + 2L)));
        diary.seen(firstTreatment, separate ? AppointmentPurpose.TREATMENT : AppointmentPurpose.ASSESSMENT_AND_TREATMENT,
                treatmentMinutes, minutes, Attendance.ATTENDED, false, started);
    }

    /**
     * Roughly weekly sessions after the first until the course ends, the stretch of care ends or today comes;
     * an open course usually has its next session booked.
     *
     * @param target    attended treatment sessions, the first included, after which the course ends
     * @param dropAfter attended treatment sessions after which the person stops coming and misses one or two
     * @param mayMiss   false for someone whose sessions all took place as booked
     */
    void course(int target, int dropAfter, boolean mayMiss) {
        int attended = 1;
        int trailingMisses = dice.between(1, 2);
        for (int week = 1; attended < target && (attended < dropAfter || trailingMisses > 0); week++) {
            week += dice.chance(0.05) ? 1 : 0;
            LocalDate day = Slots.day(firstTreatment).plusWeeks(week);
            day = dice.chance(0.15) ? day.plusDays(dice.between(-2, 2)) : day;
            Instant start = slots.at(slots.after(day, diary.lastStart()));
            AppointmentPurpose purpose = purposeOf(attended + 1);
            if (!slots.fits(start, treatmentMinutes)) {
                if (slots.ahead(start)) {
                    diary.ahead(start, purpose, treatmentMinutes, false);
                    return;
                }
                if (episode.ongoing()) {
                    continue;
                }
                return;
            }
            double roll = dice.fraction();
            double miss = mayMiss ? habits.missChance() : 0;
            if (attended >= dropAfter) {
                diary.missed(start, purpose, treatmentMinutes, false);
                trailingMisses--;
            } else if (roll < miss) {
                diary.missed(start, purpose, treatmentMinutes, false);
            } else if (roll < miss + 0.045) {
                int rebooked = cancelAndRebook(start, purpose, roll < miss + 0.03, mayMiss);
                if (rebooked < 0) {
                    return;
                }
                attended += rebooked;
            } else if (roll < miss + 0.055) {
                diary.lateNotSeen(start, purpose, treatmentMinutes);
            } else {
                diary.seen(start, purpose, treatmentMinutes, false);
                attended++;
            }
        }
    }

    /** Allocated and waiting for the first session: nothing yet, an assessment booked, or one attended or missed. */
    void awaitingTreatment() {
        double roll = dice.fraction();
        if (roll < 0.25) {
            return;
        }
        LocalDate past = slots.weekdayBetween(Slots.day(episode.allocatedAt).plusDays(1), slots.today().minusDays(1), 10);
        Instant ahead = slots.at(slots.after(slots.today().plusDays(dice.between(1, 10)), null));
        if (roll < 0.6 || past == null) {
            diary.ahead(ahead, AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
        } else if (roll < 0.9) {
            diary.seen(slots.at(past), AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
        } else {
            diary.missed(slots.at(past), AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
            diary.ahead(ahead, AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
        }
    }

    /**
     * Closed before treatment: what the ending code's group says happened. Seen but not taken on means an attended
     * assessment; not seen (50, not assessed) means no attended appointment, here two missed assessments.
     */
    void closedBeforeTreatment(EndingCode code) {
        LocalDate to = Slots.day(episode.endedAt).minusDays(1);
        LocalDate day = slots.weekdayBetween(Slots.day(episode.allocatedAt).plusDays(1), to, 10);
        if (code.category() == EndingCode.Category.SEEN_NOT_TREATED) {
            diary.seen(day == null ? slots.sameDay(episode.allocatedAt, assessmentMinutes) : slots.at(day),
                    AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
            LocalDate next = day == null ? null : slots.weekdayBetween(day.plusDays(1), to, 10);
            if (next != null && dice.chance(0.3)) {
                diary.missed(slots.at(next), AppointmentPurpose.TREATMENT, treatmentMinutes, false);
            }
        } else if (day != null) {
            diary.missed(slots.at(day), AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
            LocalDate again = slots.weekdayBetween(day.plusDays(1), to, 10);
            if (again != null) {
                diary.missed(slots.at(again), AppointmentPurpose.ASSESSMENT, assessmentMinutes, false);
            }
        }
    }

    /** Cancelled and rebooked a few days later: 1 if the person came, 0 if not, -1 once the rebooking is still ahead. */
    private int cancelAndRebook(Instant start, AppointmentPurpose purpose, boolean byPatient, boolean mayMiss) {
        diary.cancelled(start, purpose, treatmentMinutes, byPatient,
                dice.pick(byPatient ? PATIENT_REASONS : SERVICE_REASONS));
        Instant again = slots.at(slots.after(Slots.day(start).plusDays(dice.between(1, 4)), start));
        if (slots.ahead(again)) {
            diary.ahead(again, purpose, treatmentMinutes, true);
            return -1;
        }
        if (!slots.fits(again, treatmentMinutes)) {
            return 0;
        }
        if (mayMiss && dice.chance(habits.missChance())) {
            diary.missed(again, purpose, treatmentMinutes, true);
            return 0;
        }
        diary.seen(again, purpose, treatmentMinutes, true);
        return 1;
    }

    /** A mid-course review every fourth session at step 2 and every sixth at step 3. */
    private AppointmentPurpose purposeOf(int session) {
        return session % (episode.step == 2 ? 4 : 6) == 0 ? AppointmentPurpose.REVIEW_AND_TREATMENT
                : AppointmentPurpose.TREATMENT;
    }
}
