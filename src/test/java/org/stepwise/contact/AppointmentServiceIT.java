package org.stepwise.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
class AppointmentServiceIT {

    @Autowired Fixtures fixtures;
    @Autowired AppointmentService appointments;
    @Autowired Diary diary;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;

    @Test
    void theFirstAttendedTreatmentSessionStartsTreatmentAndTheCourseIsDerived() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, 30);

        AppointmentId assessment = appointments.book(s.id(), referral, booking(pwp, 20, AppointmentPurpose.ASSESSMENT), pwp);
        appointments.recordOutcome(s.id(), assessment, 0, seen(null), pwp);
        assertThat(referrals.get(s.id(), referral).status()).isEqualTo(ReferralStatus.ALLOCATED);

        AppointmentId first = appointments.book(s.id(), referral, booking(pwp, 13, AppointmentPurpose.TREATMENT), pwp);
        appointments.recordOutcome(s.id(), first, 0, seen(Intervention.GUIDED_SELF_HELP_BOOK), pwp);
        assertThat(referrals.get(s.id(), referral).status()).isEqualTo(ReferralStatus.IN_TREATMENT);

        AppointmentId missed = appointments.book(s.id(), referral, booking(pwp, 6, AppointmentPurpose.TREATMENT), pwp);
        appointments.recordOutcome(s.id(), missed, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null, null), pwp);
        AppointmentId second = appointments.book(s.id(), referral, booking(pwp, 1, AppointmentPurpose.TREATMENT), pwp);
        appointments.recordOutcome(s.id(), second, 0, seen(Intervention.GUIDED_SELF_HELP_BOOK), pwp);

        TreatmentCourse course = appointments.course(s.id(), referral);
        assertThat(course.firstAssessment()).isEqualTo(LocalDate.now().minusDays(20));
        assertThat(course.firstTreatment()).isEqualTo(LocalDate.now().minusDays(13));
        assertThat(course.secondTreatment()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(course.treatmentCount()).isEqualTo(2);
        assertThat(course.didNotAttend()).isEqualTo(1);
        assertThat(appointments.note(s.id(), first)).hasValueSatisfying(n -> {
            assertThat(n.author()).isEqualTo("Priya Patel");
            assertThat(n.body()).contains("Reviewed the week");
        });
    }

    @Test
    void aSignedNoteNeverChangesAndAddendaCarryTheirReason() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, 10);
        AppointmentId id = appointments.book(s.id(), referral, booking(pwp, 2, AppointmentPurpose.TREATMENT), pwp);
        appointments.recordOutcome(s.id(), id, 0, seen(Intervention.GUIDED_SELF_HELP_BOOK), pwp);

        assertThatThrownBy(() -> jdbc.sql("update session_note set body = 'rewritten' where service_id = ?")
                .param(s.id().value()).update()).isInstanceOf(DataAccessException.class);
        appointments.addAddendum(s.id(), id, "Patient phoned: the worksheet was lost.", "New information after the session",
                s.supervisor());

        SessionNote note = appointments.note(s.id(), id).orElseThrow();
        assertThat(note.body()).contains("Reviewed the week");
        assertThat(note.addenda()).singleElement().satisfies(a -> {
            assertThat(a.author()).isEqualTo("Sam Supervisor");
            assertThat(a.reason()).isEqualTo("New information after the session");
        });
        assertThatThrownBy(() -> appointments.addAddendum(s.id(), id, "x", " ", pwp)).isInstanceOf(DomainException.class);
    }

    @Test
    void whoeverRecordedOrChangedAnAppointmentIsStaffOfTheSameService() {
        TestService s = fixtures.service();
        TestService other = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        AppointmentId a = appointments.book(s.id(), allocated(s, pwp, 10), booking(pwp, -3, AppointmentPurpose.TREATMENT),
                pwp);
        for (String column : new String[] {"outcome_recorded_by", "changed_by"}) {
            assertThatThrownBy(() -> jdbc.sql("update appointment set " + column + " = ? where service_id = ? and id = ?")
                    .params(other.lead().value(), s.id().value(), a.value()).update())
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("appointment_" + column + "_fk");
        }
    }

    @Test
    void movingAnAppointmentKeepsTheOriginalAsCancelledAndLinked() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, 10);
        AppointmentId original = appointments.book(s.id(), referral, booking(pwp, -3, AppointmentPurpose.TREATMENT), pwp);

        AppointmentId moved = appointments.rebook(s.id(), original, 0, Attendance.CANCELLED_BY_PATIENT, "Childcare",
                Instant.now().plus(Duration.ofDays(5)), s.allocator());

        assertThat(appointments.get(s.id(), original).attendance()).isEqualTo(Attendance.CANCELLED_BY_PATIENT);
        assertThat(appointments.get(s.id(), original).cancellationReason()).isEqualTo("Childcare");
        assertThat(appointments.get(s.id(), moved).rebookedFrom()).isEqualTo(original);
        assertThat(appointments.get(s.id(), moved).booked()).isTrue();
        assertThatThrownBy(() -> appointments.cancel(s.id(), original, 1, Attendance.CANCELLED_BY_PROVIDER, "again", pwp))
                .hasMessageContaining("already recorded");
    }

    @Test
    void refusesOutcomesThatCannotBeTrue() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, 10);
        AppointmentId future = appointments.book(s.id(), referral, booking(pwp, -2, AppointmentPurpose.TREATMENT), pwp);
        AppointmentId past = appointments.book(s.id(), referral, booking(pwp, 2, AppointmentPurpose.TREATMENT), pwp);

        assertThatThrownBy(() -> appointments.recordOutcome(s.id(), future, 0, seen(Intervention.CBT), pwp))
                .hasMessageContaining("has not happened yet");
        assertThatThrownBy(() -> appointments.recordOutcome(s.id(), past, 0, seen(null), pwp))
                .hasMessageContaining("intervention");
        assertThatThrownBy(() -> appointments.recordOutcome(s.id(), past, 0,
                new Outcome(Attendance.ATTENDED, 30, Intervention.CBT, " "), pwp)).hasMessageContaining("session note");
        assertThatThrownBy(() -> appointments.recordOutcome(s.id(), past, 7, seen(Intervention.CBT), pwp))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(appointments.get(s.id(), past).booked()).isTrue();
        assertThat(appointments.note(s.id(), past)).isEmpty();
    }

    @Test
    void refusesBookingsThatMakeNoSense() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, 10);
        assertThatThrownBy(() -> appointments.book(s.id(), referral, booking(pwp, 11, AppointmentPurpose.TREATMENT), pwp))
                .hasMessageContaining("before the referral was received");
        assertThatThrownBy(() -> appointments.book(s.id(), referral, booking(s.allocator(), 1, AppointmentPurpose.TREATMENT),
                pwp)).hasMessageContaining("does not see patients");
        assertThatThrownBy(() -> appointments.book(s.id(), referral, booking(pwp, 1, AppointmentPurpose.FOLLOW_UP), pwp))
                .hasMessageContaining("after discharge");
    }

    @Test
    void theDiaryShowsAPractitionersAppointmentsInTheRange() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId other = s.pwp("Owen Other");
        ReferralId referral = allocated(s, pwp, 20);
        appointments.book(s.id(), referral, booking(pwp, 3, AppointmentPurpose.TREATMENT), pwp);
        appointments.book(s.id(), referral, booking(pwp, 10, AppointmentPurpose.ASSESSMENT), pwp);
        appointments.book(s.id(), referral, booking(other, 3, AppointmentPurpose.TREATMENT), pwp);

        var entries = diary.between(s.id(), pwp, LocalDate.now().minusDays(5), LocalDate.now());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.patientName()).isEqualTo("LOVELACE, Ada");
            assertThat(e.date()).isEqualTo(LocalDate.now().minusDays(3));
        });
    }

    private ReferralId allocated(TestService s, StaffId pwp, int daysAgo) {
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(daysAgo));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }

    static Booking booking(StaffId who, int daysAgo, AppointmentPurpose purpose) {
        Instant at = LocalDate.now().minusDays(daysAgo).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant();
        return new Booking(who, at, 30, purpose, ConsultationMechanism.TELEPHONE);
    }

    static Outcome seen(Intervention intervention) {
        return new Outcome(Attendance.ATTENDED, 35, intervention, "Reviewed the week's activity diary; set two goals.");
    }
}
