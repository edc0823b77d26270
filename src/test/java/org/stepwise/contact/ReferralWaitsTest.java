package org.stepwise.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.contact.TreatmentWaitStanding.Band;

class ReferralWaitsTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "first treatment {0} days after referral: 6 weeks {1}, 18 weeks {2}, \"{3}\"")
    @CsvSource({"0, true, true, Within 6 weeks", "41, true, true, Within 6 weeks", "42, true, true, Within 6 weeks",
            "43, false, true, Within 18 weeks", "125, false, true, Within 18 weeks",
            "126, false, true, Within 18 weeks", "127, false, false, Over 18 weeks"})
    void theStandardsCountTheDayOfReferralAsDayZeroAndIncludeTheirLastDay(int days, boolean six, boolean eighteen,
                                                                         String standing) {
        ReferralWaits waits = waits(null, treatment(days), treatment(days + 7));
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.stopped(days));
        assertThat(waits.withinSixWeeks()).isEqualTo(six);
        assertThat(waits.withinEighteenWeeks()).isEqualTo(eighteen);
        assertThat(waits.treatmentStanding().waiting()).isFalse();
        assertThat(waits.treatmentStanding().words()).isEqualTo(standing);
    }

    @ParameterizedTest(name = "waiting {0} days for a first treatment: \"{1}\"")
    @CsvSource({"0, 42 days until 6 weeks, WITHIN_SIX_WEEKS", "41, 1 day until 6 weeks, WITHIN_SIX_WEEKS",
            "42, 6 weeks today, WITHIN_SIX_WEEKS",
            "43, '6 weeks passed, 83 days until 18 weeks', WITHIN_EIGHTEEN_WEEKS",
            "125, '6 weeks passed, 1 day until 18 weeks', WITHIN_EIGHTEEN_WEEKS",
            "126, '6 weeks passed, 18 weeks today', WITHIN_EIGHTEEN_WEEKS",
            "127, 18 weeks passed, OVER_EIGHTEEN_WEEKS"})
    void aPersonStillWaitingIsToldHowLongUntilEachStandardIsPassed(int daysSoFar, String words, Band band) {
        ReferralWaits waits = ReferralWaits.of(TODAY.minusDays(daysSoFar), null, course(), TODAY);
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.running(daysSoFar));
        assertThat(waits.treatmentStanding()).isEqualTo(new TreatmentWaitStanding(band, true, words));
        assertThat(waits.withinSixWeeks()).isFalse();
        assertThat(waits.withinEighteenWeeks()).isFalse();
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource({"NOT_STARTED, , Not started", "RUNNING, 1, 1 day so far", "RUNNING, 43, 43 days so far",
            "STOPPED, 42, 42 days", "REFERRAL_ENDED, 50, '50 days, until the referral ended'"})
    void aClockReadsAsDaysSayingWhetherItIsStillRunning(WaitClock.State state, Long days, String text) {
        assertThat(new WaitClock(days, state).text()).isEqualTo(text);
    }

    @Test
    void anOpenReferralNeverSeenHasBothClocksRunningToToday() {
        ReferralWaits waits = waits(null);
        long sinceReferral = TODAY.toEpochDay() - RECEIVED.toEpochDay();
        assertThat(waits.toAssessment()).isEqualTo(WaitClock.running(sinceReferral));
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.running(sinceReferral));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.notStarted());
        assertThat(waits.withinSixWeeks()).isFalse();
        assertThat(waits.toTreatment().text()).endsWith("days so far");
    }

    @Test
    void anAssessmentStopsOnlyTheAssessmentClock() {
        ReferralWaits waits = waits(null, new ContactFact(RECEIVED.plusDays(20), AppointmentPurpose.ASSESSMENT,
                Attendance.ATTENDED));
        assertThat(waits.toAssessment()).isEqualTo(WaitClock.stopped(20));
        assertThat(waits.toTreatment().running()).isTrue();
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.notStarted());
    }

    @Test
    void anAssessmentAndTreatmentAppointmentStopsBothClocks() {
        ReferralWaits waits = waits(null, new ContactFact(RECEIVED.plusDays(15),
                AppointmentPurpose.ASSESSMENT_AND_TREATMENT, Attendance.ATTENDED_LATE));
        assertThat(waits.toAssessment()).isEqualTo(WaitClock.stopped(15));
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.stopped(15));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.running(TODAY.toEpochDay()
                - RECEIVED.plusDays(15).toEpochDay()));
    }

    @Test
    void aTreatmentBeforeAnyAssessmentAlsoStopsTheAssessmentClock() {
        ReferralWaits waits = waits(null, treatment(12), new ContactFact(RECEIVED.plusDays(30),
                AppointmentPurpose.ASSESSMENT, Attendance.ATTENDED));
        assertThat(waits.toAssessment()).isEqualTo(WaitClock.stopped(12));
    }

    @Test
    void missedAndCancelledAppointmentsStopNoClock() {
        ReferralWaits waits = waits(null,
                new ContactFact(RECEIVED.plusDays(5), AppointmentPurpose.TREATMENT, Attendance.DID_NOT_ATTEND),
                new ContactFact(RECEIVED.plusDays(6), AppointmentPurpose.TREATMENT, Attendance.LATE_NOT_SEEN),
                new ContactFact(RECEIVED.plusDays(7), AppointmentPurpose.ASSESSMENT, Attendance.CANCELLED_BY_PATIENT),
                new ContactFact(RECEIVED.plusDays(8), AppointmentPurpose.TREATMENT, null));
        assertThat(waits.toAssessment().running()).isTrue();
        assertThat(waits.toTreatment().running()).isTrue();
    }

    @Test
    void theSecondTreatmentClockRunsFromTheFirstTreatment() {
        ReferralWaits waits = waits(null, treatment(30), treatment(58));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.stopped(28));
    }

    @Test
    void aReferralThatEndedUntreatedStopsItsClocksOnTheDayItEnded() {
        LocalDate ended = RECEIVED.plusDays(50);
        ReferralWaits waits = waits(ended);
        assertThat(waits.toAssessment()).isEqualTo(WaitClock.referralEnded(50));
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.referralEnded(50));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.notStarted());
        assertThat(waits.withinSixWeeks()).isFalse();
    }

    @Test
    void aReferralEndedUntreatedWithinSixWeeksIsNeverCountedAsTreatedWithinThem() {
        ReferralWaits waits = waits(RECEIVED.plusDays(30));
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.referralEnded(30));
        assertThat(waits.withinSixWeeks()).isFalse();
        assertThat(waits.withinEighteenWeeks()).isFalse();
        assertThat(waits.treatmentStanding()).isNull();
    }

    @Test
    void anEndedReferralKeepsTheWaitsItsAppointmentsStoppedAndStopsTheRestAtItsEnd() {
        ReferralWaits waits = waits(RECEIVED.plusDays(90), treatment(40));
        assertThat(waits.toTreatment()).isEqualTo(WaitClock.stopped(40));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.referralEnded(50));
        assertThat(waits.treatmentStanding()).isEqualTo(new TreatmentWaitStanding(Band.WITHIN_SIX_WEEKS, false,
                "Within 6 weeks"));
    }

    private static ContactFact treatment(int daysAfterReferral) {
        return new ContactFact(RECEIVED.plusDays(daysAfterReferral), AppointmentPurpose.TREATMENT, Attendance.ATTENDED);
    }

    private static TreatmentCourse course(ContactFact... contacts) {
        return TreatmentCourse.of(new ArrayList<>(List.of(contacts)));
    }

    private static ReferralWaits waits(LocalDate ended, ContactFact... contacts) {
        return ReferralWaits.of(RECEIVED, ended, course(contacts), TODAY);
    }
}
