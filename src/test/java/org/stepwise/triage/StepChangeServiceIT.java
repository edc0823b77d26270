package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
class StepChangeServiceIT {

    static final Set<Role> PWP = Set.of(Role.PWP);

    @Autowired Fixtures fixtures;
    @Autowired StepChangeService stepping;
    @Autowired ReferralService referrals;
    @Autowired ResponsibilityLedger ledger;
    @Autowired StaffDirectory staff;

    @Test
    void steppingUpToATherapistMovesTheCaseAndResponsibilityAndIsAttributed() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId hit = s.highIntensity("Hana Hughes");
        ReferralId id = inTreatment(s, pwp);

        stepping.changeStep(s.id(), id, 2, 3, hit.value(), "No reliable improvement by session 4", null, pwp, PWP);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.step()).isEqualTo(3);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ALLOCATED);
        assertThat(referral.practitionerId()).isEqualTo(hit);
        assertThat(ledger.history(s.id(), id)).filteredOn(p -> p.current() && p.kind() == ResponsibilityKind.CLINICAL)
                .singleElement().satisfies(p -> assertThat(p.holder()).isEqualTo("Hana Hughes"));
        assertThat(ledger.decisions(s.id(), id)).filteredOn(d -> d.kind() == DecisionKind.STEP_CHANGE)
                .singleElement().satisfies(d -> {
                    assertThat(d.decidedBy()).isEqualTo("Priya Patel");
                    assertThat(d.summary()).contains("Stepped up from step 2 to step 3").contains("session 4");
                });
    }

    @Test
    void steppingOntoAWaitingListHandsResponsibilityToTheNamedClinician() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = inTreatment(s, pwp);

        stepping.changeStep(s.id(), id, 2, 3, null, "Needs CBT for PTSD", null, pwp, PWP);

        var referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.WAITING);
        assertThat(referral.step()).isEqualTo(3);
        assertThat(referral.practitionerId()).isNull();
        var current = ledger.history(s.id(), id).stream().filter(p -> p.current()).toList();
        assertThat(current).extracting(p -> p.kind())
                .containsExactlyInAnyOrder(ResponsibilityKind.CLINICAL, ResponsibilityKind.MEDICAL);
        assertThat(current).filteredOn(p -> p.kind() == ResponsibilityKind.CLINICAL).singleElement()
                .satisfies(p -> assertThat(p.holder()).isEqualTo("Lena Lead"));
    }

    @Test
    void onlyThoseResponsibleMayStepAPerson() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId other = s.pwp("Owen Other");
        ReferralId id = inTreatment(s, pwp);
        assertThatThrownBy(() -> stepping.changeStep(s.id(), id, 2, 3, null, "x", null, other, PWP))
                .isInstanceOf(AccessDeniedException.class);
        stepping.changeStep(s.id(), id, 2, 3, null, "Supervision decision", null, s.supervisor(),
                Set.of(Role.SUPERVISOR, Role.PWP));
        assertThat(referrals.get(s.id(), id).step()).isEqualTo(3);
    }

    private ReferralId inTreatment(TestService s, StaffId pwp) {
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(40));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        referrals.startTreatment(s.id(), id, 1, pwp);
        return id;
    }
}
