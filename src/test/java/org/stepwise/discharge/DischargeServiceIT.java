package org.stepwise.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
class DischargeServiceIT {

    static final Set<Role> PWP = Set.of(Role.PWP);

    @Autowired Fixtures fixtures;
    @Autowired DischargeService discharge;
    @Autowired AppointmentService appointments;
    @Autowired ReferralService referrals;
    @Autowired ResponsibilityLedger ledger;
    @Autowired StaffDirectory staff;

    @Test
    void aTreatedPersonIsDischargedWithATreatedCodeAndWhatWasBookedIsCancelled() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        attend(s, id, pwp, 14);
        attend(s, id, pwp, 7);
        AppointmentId booked = appointments.book(s.id(), id, at(pwp, -7), pwp);
        int version = referrals.get(s.id(), id).version();

        assertThatThrownBy(() -> discharge.end(s.id(), id, version, EndingCode.SIGNPOSTED, "x", pwp, PWP))
                .isInstanceOf(DomainException.class).hasMessageContaining("attended 2 treatment sessions");
        discharge.end(s.id(), id, version, EndingCode.COMPLETED, "Goals met; relapse plan agreed", pwp, PWP);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DISCHARGED);
        assertThat(referral.endingCode()).isEqualTo(EndingCode.COMPLETED);
        assertThat(appointments.get(s.id(), booked).attendance()).isEqualTo(Attendance.CANCELLED_BY_PROVIDER);
        assertThat(ledger.history(s.id(), id)).noneMatch(p -> p.current());
    }

    @Test
    void someoneTreatedAtStepTwoWhoLeavesTheStepThreeWaitingListIsDischargedAsTreated() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        attend(s, id, pwp, 21);
        attend(s, id, pwp, 14);
        referrals.changeStep(s.id(), id, referrals.get(s.id(), id).version(), 3, null,
                "Not improving at step 2: stepped up to CBT", pwp);
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.WAITING);
        int version = referrals.get(s.id(), id).version();

        // Two treatment sessions happened, so only the treated codes fit, from the waiting list too.
        assertThatThrownBy(() -> discharge.end(s.id(), id, version, EndingCode.DECLINED, "x", s.lead(),
                Set.of(Role.SERVICE_LEAD))).isInstanceOf(DomainException.class);
        discharge.end(s.id(), id, version, EndingCode.ENDED_BY_PATIENT, "Declined step 3 when offered",
                s.lead(), Set.of(Role.SERVICE_LEAD));

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DISCHARGED);
        assertThat(referral.endingCode()).isEqualTo(EndingCode.ENDED_BY_PATIENT);
    }

    @Test
    void someoneNeverSeenIsClosedWithANotSeenCode() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        assertThatThrownBy(() -> discharge.end(s.id(), id, 1, EndingCode.COMPLETED, "x", pwp, PWP))
                .hasMessageContaining("never seen");
        assertThatThrownBy(() -> discharge.end(s.id(), id, 1, EndingCode.DISCHARGED_AFTER_ADVICE, "x", pwp, PWP))
                .hasMessageContaining("never seen");
        discharge.end(s.id(), id, 1, EndingCode.NOT_ASSESSED, "Did not opt in after three contact attempts", pwp, PWP);
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(referrals.get(s.id(), id).endingCode()).isEqualTo(EndingCode.NOT_ASSESSED);
    }

    @Test
    void someoneAssessedIsDischargedByMutualAgreementAfterAdvice() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        AppointmentId a = appointments.book(s.id(), id, new Booking(pwp, at(pwp, 3).startsAt(), 45,
                AppointmentPurpose.ASSESSMENT, ConsultationMechanism.TELEPHONE), pwp);
        appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 45, null,
                "Assessed; advice on sleep and activity given; agreed no further treatment needed."), pwp);
        int version = referrals.get(s.id(), id).version();

        assertThatThrownBy(() -> discharge.end(s.id(), id, version, EndingCode.NOT_ASSESSED, "x", pwp, PWP))
                .isInstanceOf(DomainException.class);
        discharge.end(s.id(), id, version, EndingCode.DISCHARGED_AFTER_ADVICE, "Feels better after advice", pwp, PWP);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(referral.endingCode()).isEqualTo(EndingCode.DISCHARGED_AFTER_ADVICE);
    }

    @Test
    void onlyThoseResponsibleMayDischarge() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId other = s.pwp("Owen Other");
        ReferralId id = allocated(s, pwp);
        attend(s, id, pwp, 3);
        int version = referrals.get(s.id(), id).version();
        assertThatThrownBy(() -> discharge.end(s.id(), id, version, EndingCode.ENDED_BY_PATIENT, "x", other, PWP))
                .isInstanceOf(AccessDeniedException.class);
        discharge.end(s.id(), id, version, EndingCode.ENDED_BY_PATIENT, "Moved away", s.supervisor(),
                Set.of(Role.SUPERVISOR, Role.PWP));
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.DISCHARGED);
    }

    private ReferralId allocated(TestService s, StaffId pwp) {
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(40));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }

    private void attend(TestService s, ReferralId id, StaffId pwp, int daysAgo) {
        AppointmentId a = appointments.book(s.id(), id, at(pwp, daysAgo), pwp);
        appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 30,
                Intervention.GUIDED_SELF_HELP_BOOK, "Session held."), pwp);
    }

    static Booking at(StaffId pwp, int daysAgo) {
        Instant when = LocalDate.now().minusDays(daysAgo).atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        return new Booking(pwp, when, 30, AppointmentPurpose.TREATMENT, ConsultationMechanism.TELEPHONE);
    }
}
