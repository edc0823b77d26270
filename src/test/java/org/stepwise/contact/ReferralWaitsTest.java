package org.stepwise.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralWaitsTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 1, 10);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @ParameterizedTest(name = "first treatment {0} days after referral: 6 weeks {1}, 18 weeks {2}")
    @CsvSource({"0, true, true", "41, true, true", "42, true, true", "43, false, true", "126, false, true",
            "127, false, false"})
    void theStandardsCountTheDayOfReferralAsDayZeroAndIncludeTheirLastDay(int days, boolean six, boolean eighteen) {
        ReferralWaits waits = waits(null, treatment(days), treatment(days + 7));
        assertThat(waits.toTreatment()).isEqualTo(new WaitClock((long) days, false));
        assertThat(waits.withinSixWeeks()).isEqualTo(six);
        assertThat(waits.withinEighteenWeeks()).isEqualTo(eighteen);
    }

    @Test
    void anOpenReferralNeverSeenHasBothClocksRunningToToday() {
        ReferralWaits waits = waits(null);
        long sinceReferral = TODAY.toEpochDay() - RECEIVED.toEpochDay();
        assertThat(waits.toAssessment()).isEqualTo(new WaitClock(sinceReferral, true));
        assertThat(waits.toTreatment()).isEqualTo(new WaitClock(sinceReferral, true));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(WaitClock.notStarted());
        assertThat(waits.withinSixWeeks()).isFalse();
        assertThat(waits.toTreatment().text()).endsWith("days so far");
    }

    @Test
    void anAssessmentStopsOnlyTheAssessmentClock() {
        ReferralWaits waits = waits(null, new ContactFact(RECEIVED.plusDays(20), AppointmentPurpose.ASSESSMENT,
                Attendance.ATTENDED));
        assertThat(waits.toAssessment()).isEqualTo(new WaitClock(20L, false));
        assertThat(waits.toTreatment().running()).isTrue();
    }

    @Test
    void anAssessmentAndTreatmentAppointmentStopsBothClocks() {
        ReferralWaits waits = waits(null, new ContactFact(RECEIVED.plusDays(15),
                AppointmentPurpose.ASSESSMENT_AND_TREATMENT, Attendance.ATTENDED_LATE));
        assertThat(waits.toAssessment()).isEqualTo(new WaitClock(15L, false));
        assertThat(waits.toTreatment()).isEqualTo(new WaitClock(15L, false));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(new WaitClock(TODAY.toEpochDay()
                - RECEIVED.plusDays(15).toEpochDay(), true));
    }

    @Test
    void missedAndCancelledAppointmentsStopNoClock() {
        ReferralWaits waits = waits(null,
                new ContactFact(RECEIVED.plusDays(5), AppointmentPurpose.TREATMENT, Attendance.DID_NOT_ATTEND),
                new ContactFact(RECEIVED.plusDays(6), AppointmentPurpose.TREATMENT, Attendance.LATE_NOT_SEEN),
                new ContactFact(RECEIVED.plusDays(7), AppointmentPurpose.ASSESSMENT, Attendance.CANCELLED_BY_PATIENT));
        assertThat(waits.toAssessment().running()).isTrue();
        assertThat(waits.toTreatment().running()).isTrue();
    }

    @Test
    void theSecondTreatmentClockRunsFromTheFirstTreatment() {
        ReferralWaits waits = waits(null, treatment(30), treatment(58));
        assertThat(waits.firstToSecondTreatment()).isEqualTo(new WaitClock(28L, false));
    }

    @Test
    void aReferralThatEndedUntreatedStopsItsClocksOnTheDayItEnded() {
        LocalDate ended = RECEIVED.plusDays(50);
        ReferralWaits waits = waits(ended);
        assertThat(waits.toTreatment()).isEqualTo(new WaitClock(50L, false));
        assertThat(waits.withinSixWeeks()).isFalse();
    }

    private static ContactFact treatment(int daysAfterReferral) {
        return new ContactFact(RECEIVED.plusDays(daysAfterReferral), AppointmentPurpose.TREATMENT, Attendance.ATTENDED);
    }

    private static ReferralWaits waits(LocalDate ended, ContactFact... contacts) {
        return ReferralWaits.of(RECEIVED, ended, TreatmentCourse.of(new ArrayList<>(List.of(contacts))), TODAY);
    }
}
