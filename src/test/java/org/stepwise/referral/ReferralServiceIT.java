package org.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.responsibility.ResponsibilityKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
class ReferralServiceIT {

    @Autowired Fixtures fixtures;
    @Autowired ReferralService referrals;
    @Autowired ResponsibilityLedger ledger;
    @Autowired StaffDirectory staff;

    @Test
    void aNewReferralAwaitsTriageWithMedicalAndClinicalResponsibilityHeld() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(3));

        Referral referral = referrals.get(s.id(), id);
        assertThat(referral.status()).isEqualTo(ReferralStatus.AWAITING_TRIAGE);
        var history = ledger.history(s.id(), id);
        assertThat(history).extracting(p -> p.kind()).containsExactlyInAnyOrder(
                ResponsibilityKind.MEDICAL, ResponsibilityKind.CLINICAL);
        assertThat(history).allMatch(p -> p.current());
        assertThat(referrals.transitions(s.id(), id)).singleElement()
                .satisfies(t -> assertThat(t.to()).isEqualTo(ReferralStatus.AWAITING_TRIAGE));
    }

    @Test
    void allocatingToATraineeGivesClinicalResponsibilityToTheirSupervisor() {
        TestService s = fixtures.service();
        StaffId trainee = s.trainee("Tom Trainee");
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now().minusDays(10));

        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), trainee), null, s.allocator());

        var now = ledger.history(s.id(), id).stream().filter(p -> p.current()).toList();
        assertThat(now).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ResponsibilityKind.CLINICAL);
            assertThat(p.holder()).isEqualTo("Sam Supervisor");
        });
        assertThat(now).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ResponsibilityKind.TREATING);
            assertThat(p.holder()).isEqualTo("Tom Trainee");
        });
        assertThat(ledger.history(s.id(), id)).filteredOn(p -> p.kind() == ResponsibilityKind.CLINICAL)
                .hasSize(2)
                .first().satisfies(p -> assertThat(p.endedAt()).isNotNull());
    }

    @Test
    void aStaleSaveIsRefusedAndTheFirstSaveKept() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId other = s.pwp("Owen Other");
        ReferralId id = s.newReferral("Alan", "Turing", LocalDate.now().minusDays(1));

        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());

        assertThatThrownBy(() -> referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), other), null, s.lead()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(referrals.get(s.id(), id).practitionerId()).isEqualTo(pwp);
    }
}
