package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

@IntegrationTest
class TriageServiceIT {

    static final Set<Role> ALLOCATOR = Set.of(Role.ALLOCATOR);

    @Autowired Fixtures fixtures;
    @Autowired TriageService triage;
    @Autowired ReferralService referrals;
    @Autowired ResponsibilityLedger ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void allocationRecordsTheDecisionTheStateAndWhoIsResponsible() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(9));

        triage.decide(s.id(), id, 0, allocate(2, pwp, null), s.allocator(), ALLOCATOR);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ALLOCATED);
        assertThat(referral.practitionerId()).isEqualTo(pwp);
        assertThat(ledger.history(s.id(), id)).filteredOn(p -> p.current() && p.kind() == ResponsibilityKind.CLINICAL)
                .singleElement().satisfies(p -> assertThat(p.holder()).isEqualTo("Priya Patel"));
        assertThat(ledger.decisions(s.id(), id)).extracting(d -> d.kind())
                .containsExactly(DecisionKind.REFERRAL_ACCEPTED, DecisionKind.ALLOCATION);
        assertThat(triageRows(s, id)).isEqualTo(1);
    }

    @Test
    void refusesToExceedACapWithoutAReasonAndSavesNothing() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        fill(s, pwp, 40);
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now());

        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, allocate(2, pwp, null), s.allocator(), ALLOCATOR))
                .isInstanceOf(CaseloadCapExceededException.class).hasMessageContaining("40 open cases against a cap of 40");
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.AWAITING_TRIAGE);
        assertThat(triageRows(s, id)).isZero();
    }

    @Test
    void anExplicitOverrideIsAllowedAndRecordedWithItsReason() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        fill(s, pwp, 40);
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now());

        triage.decide(s.id(), id, 0, allocate(2, pwp, "Continuity: saw her last year"), s.allocator(), ALLOCATOR);

        assertThat(referrals.get(s.id(), id).practitionerId()).isEqualTo(pwp);
        assertThat(ledger.decisions(s.id(), id)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.CAPACITY_OVERRIDE);
            assertThat(d.summary()).contains("40 open cases against a cap of 40").contains("Continuity");
            assertThat(d.decidedBy()).isEqualTo("Alex Allocator");
        });
        assertThat(jdbc.sql("select cap_override_reason from triage_decision where service_id = ? and referral_id = ?")
                .params(s.id().value(), id.value()).query(String.class).single()).isEqualTo("Continuity: saw her last year");
    }

    @Test
    void aTraineesCapIsTheirShareOfTheQualifiedCap() {
        TestService s = fixtures.service();
        StaffId trainee = s.trainee("Tom Trainee");
        fill(s, trainee, 24);
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now());
        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, allocate(2, trainee, null), s.allocator(), ALLOCATOR))
                .isInstanceOf(CaseloadCapExceededException.class).hasMessageContaining("cap of 24");
    }

    @Test
    void placesOnAWaitingListAndLaterAllocatesFromIt() {
        TestService s = fixtures.service();
        StaffId hit = s.highIntensity("Hana Hughes");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(30));

        triage.decide(s.id(), id, 0, new TriageDecision("Needs CBT for PTSD", null, null, TriageOutcome.WAITING_LIST, 3, null, null,
                "No step 3 capacity this month", null), s.allocator(), ALLOCATOR);
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.WAITING);
        assertThat(referrals.get(s.id(), id).waitingSince()).isEqualTo(LocalDate.now());

        triage.decide(s.id(), id, 1, allocate(3, hit, null), s.allocator(), ALLOCATOR);
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.ALLOCATED);
        assertThat(referrals.get(s.id(), id).waitingSince()).isNull();
        assertThat(triageRows(s, id)).isEqualTo(2);
    }

    @Test
    void closingEndsEveryResponsibilityAndRecordsTheEndingCode() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(2));

        triage.decide(s.id(), id, 0, close(null, EndingCode.NOT_ASSESSED), s.allocator(), ALLOCATOR);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(referral.endingCode()).isEqualTo(EndingCode.NOT_ASSESSED);
        assertThat(ledger.history(s.id(), id)).noneMatch(p -> p.current());
    }

    @Test
    void paperTriageNeverSawThePersonSoOnlyNotAssessedFits() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(2));

        assertThat(triage.closingCodes(s.id(), id, false)).containsExactly(EndingCode.NOT_ASSESSED);
        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, close(null, EndingCode.DISCHARGED_AFTER_ADVICE),
                s.allocator(), ALLOCATOR))
                .isInstanceOf(EndingCodeDoesNotFitException.class).hasMessageContaining("code 50");
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.AWAITING_TRIAGE);
        assertThat(triageRows(s, id)).isZero();
    }

    @Test
    void aTriageAppointmentSeesThePersonSoTheSeenCodesFit() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(5));
        LocalDate seen = LocalDate.now().minusDays(1);

        // Before the decision says whether the person came, both the seen codes and 50 are offered.
        assertThat(triage.closingCodes(s.id(), id, true)).extracting(EndingCode::code)
                .containsExactly("10", "11", "12", "13", "14", "16", "17", "95", "50");
        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, close(seen, EndingCode.NOT_ASSESSED), s.allocator(),
                ALLOCATOR)).isInstanceOf(EndingCodeDoesNotFitException.class).hasMessageContaining("was seen");
        triage.decide(s.id(), id, 0, close(seen, EndingCode.DISCHARGED_AFTER_ADVICE), s.allocator(), ALLOCATOR);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(referral.endingCode()).isEqualTo(EndingCode.DISCHARGED_AFTER_ADVICE);
    }

    @Test
    void aReferralTriagedAtAnAppointmentAndPutOnAWaitingListWasSeen() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(5));
        triage.decide(s.id(), id, 0, new TriageDecision("Seen by phone: needs CBT", LocalDate.now().minusDays(1),
                true, TriageOutcome.WAITING_LIST, 3, null, null, "No capacity", null), s.allocator(), ALLOCATOR);

        assertThat(triage.closingCodes(s.id(), id, false)).contains(EndingCode.DECLINED)
                .doesNotContain(EndingCode.NOT_ASSESSED);
        triage.decide(s.id(), id, referrals.get(s.id(), id).version(), close(null, EndingCode.DECLINED), s.allocator(),
                ALLOCATOR);
        assertThat(referrals.get(s.id(), id).endingCode()).isEqualTo(EndingCode.DECLINED);
    }

    @Test
    void noClosingCodeForPeopleTakenOnForTreatmentFitsATriageClosure() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(5));
        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, close(LocalDate.now(), EndingCode.COMPLETED),
                s.allocator(), ALLOCATOR)).isInstanceOf(EndingCodeDoesNotFitException.class);
    }

    static TriageDecision close(LocalDate appointmentOn, EndingCode code) {
        return new TriageDecision(appointmentOn == null ? "Psychosis: secondary care" : "Seen by phone",
                appointmentOn, appointmentOn == null ? null : true, TriageOutcome.CLOSE, null, null, code,
                "Closed at triage", null);
    }

    @Test
    void onlyTheRolesTheServiceNamesMayTriage() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now());
        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, allocate(2, pwp, null), pwp, Set.of(Role.PWP)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.get(s.id(), id).status()).isEqualTo(ReferralStatus.AWAITING_TRIAGE);
    }

    @Test
    void refusesAPractitionerWhoDoesNotWorkAtTheStep() {
        TestService s = fixtures.service();
        StaffId hit = s.highIntensity("Hana Hughes");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now());
        assertThatThrownBy(() -> triage.decide(s.id(), id, 0, allocate(2, hit, null), s.allocator(), ALLOCATOR))
                .hasMessageContaining("does not work at step 2");
        assertThat(triageRows(s, id)).isZero();
    }

    private void fill(TestService s, StaffId practitioner, int cases) {
        for (int i = 0; i < cases; i++) {
            ReferralId id = s.newReferral("Case", "Number" + i, LocalDate.now().minusDays(20));
            triage.decide(s.id(), id, 0, allocate(2, practitioner, "filling the caseload"), s.allocator(), ALLOCATOR);
        }
    }

    private int triageRows(TestService s, ReferralId id) {
        return jdbc.sql("select count(*) from triage_decision where service_id = ? and referral_id = ?")
                .params(s.id().value(), id.value()).query(Integer.class).single();
    }

    static TriageDecision allocate(int step, StaffId practitioner, String override) {
        return new TriageDecision("Suitable for step " + step, null, null, TriageOutcome.ALLOCATE, step, practitioner, null, null,
                override);
    }
}
