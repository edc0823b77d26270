package org.stepwise.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TreatmentCourseTest {

    static final LocalDate D = LocalDate.of(2026, 10, 1);

    @Test
    void nothingYet() {
        TreatmentCourse course = TreatmentCourse.of(List.of());
        assertThat(course.firstTreatment()).isNull();
        assertThat(course.treatmentCount()).isZero();
        assertThat(course.enoughForACourse()).isFalse();
        assertThat(course.seen()).isFalse();
    }

    @Test
    void countsOnlyAttendedTreatmentPurposesInDateOrder() {
        TreatmentCourse course = TreatmentCourse.of(List.of(
                fact(20, AppointmentPurpose.TREATMENT, Attendance.ATTENDED_LATE),
                fact(0, AppointmentPurpose.ASSESSMENT, Attendance.ATTENDED),
                fact(7, AppointmentPurpose.TREATMENT, Attendance.DID_NOT_ATTEND),
                fact(14, AppointmentPurpose.REVIEW_AND_TREATMENT, Attendance.ATTENDED),
                fact(21, AppointmentPurpose.REVIEW_WITHOUT_TREATMENT, Attendance.ATTENDED),
                fact(28, AppointmentPurpose.TREATMENT, Attendance.LATE_NOT_SEEN),
                fact(35, AppointmentPurpose.TREATMENT, Attendance.CANCELLED_BY_PROVIDER),
                fact(42, AppointmentPurpose.TREATMENT, null)));
        assertThat(course.firstAssessment()).isEqualTo(D);
        assertThat(course.firstTreatment()).isEqualTo(D.plusDays(14));
        assertThat(course.secondTreatment()).isEqualTo(D.plusDays(20));
        assertThat(course.treatmentCount()).isEqualTo(2);
        assertThat(course.enoughForACourse()).isTrue();
        assertThat(course.lastAttended()).isEqualTo(D.plusDays(21));
        assertThat(course.didNotAttend()).isEqualTo(1);
    }

    @Test
    void anAssessmentAndTreatmentAppointmentCountsAsBoth() {
        TreatmentCourse course = TreatmentCourse.of(List.of(fact(0, AppointmentPurpose.ASSESSMENT_AND_TREATMENT,
                Attendance.ATTENDED)));
        assertThat(course.firstAssessment()).isEqualTo(D);
        assertThat(course.firstTreatment()).isEqualTo(D);
        assertThat(course.treatmentCount()).isEqualTo(1);
        assertThat(course.enoughForACourse()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Attendance.class, names = {"CANCELLED_BY_PATIENT", "DID_NOT_ATTEND", "CANCELLED_BY_PROVIDER",
            "LATE_NOT_SEEN"})
    void appointmentsNotSeenNeverCount(Attendance notSeen) {
        TreatmentCourse course = TreatmentCourse.of(List.of(fact(0, AppointmentPurpose.TREATMENT, notSeen),
                fact(7, AppointmentPurpose.TREATMENT, notSeen)));
        assertThat(course.treatmentCount()).isZero();
        assertThat(course.seen()).isFalse();
    }

    static ContactFact fact(int day, AppointmentPurpose purpose, Attendance attendance) {
        return new ContactFact(D.plusDays(day), purpose, attendance);
    }
}
