package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.referral.ReferralService;
import org.stepwise.responsibility.Decision;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.responsibility.ResponsibilityPeriod;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * One case through a trainee, a supervision decision and a re-allocation: at each moment the ledger says who held
 * clinical, treating and medical responsibility and which decisions had been made, and by whom.
 */
@IntegrationTest
class PointInTimeResponsibilityIT extends WebTest {

    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired ResponsibilityLedger ledger;
    @Autowired SupervisionSessions sessions;

    @Test
    void whoHeldWhatAndWhoDecidedAcrossATraineeCaseSupervisionAndReallocation() throws InterruptedException {
        TestService s = fixtures.service();
        StaffId trainee = s.trainee("Tara Trainee");
        StaffId qualified = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(30));
        Instant unallocated = tick();
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), trainee), null, s.allocator());
        Instant withTrainee = tick();
        sessions.sign(s.id(), s.supervisor(), trainee, LocalDate.now(), List.of(new Discussion(id,
                Set.of(AgendaReason.NOT_IMPROVING), true, "No change at session 4; Tara to hand over to a qualified PWP",
                SupervisionDecision.OTHER, List.of())));
        Instant afterSupervision = tick();
        referrals.reallocate(s.id(), id, 1, staff.get(s.id(), qualified), "Agreed in supervision", s.lead());
        Instant withQualified = tick();

        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, unallocated)).isEqualTo("Lena Lead");
        assertThat(holder(s, id, ResponsibilityKind.TREATING, unallocated)).isNull();
        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, withTrainee)).isEqualTo("Sam Supervisor");
        assertThat(holder(s, id, ResponsibilityKind.TREATING, withTrainee)).isEqualTo("Tara Trainee");
        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, afterSupervision)).isEqualTo("Sam Supervisor");
        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, withQualified)).isEqualTo("Priya Patel");
        assertThat(holder(s, id, ResponsibilityKind.TREATING, withQualified)).isEqualTo("Priya Patel");
        for (Instant moment : List.of(unallocated, withTrainee, afterSupervision, withQualified)) {
            assertThat(holder(s, id, ResponsibilityKind.MEDICAL, moment)).startsWith("Test Surgery");
        }

        assertThat(decisionsBy(s, id, withTrainee)).extracting(Decision::kind)
                .doesNotContain(DecisionKind.SUPERVISION_DECISION);
        assertThat(decisionsBy(s, id, afterSupervision)).filteredOn(d -> d.kind() == DecisionKind.SUPERVISION_DECISION)
                .singleElement().satisfies(d -> {
                    assertThat(d.decidedBy()).isEqualTo("Sam Supervisor");
                    assertThat(d.summary()).contains("hand over to a qualified PWP");
                });
        assertThat(decisionsBy(s, id, withQualified)).last().extracting(Decision::decidedBy).isEqualTo("Lena Lead");
        assertThat(sessions.lastDiscussion(s.id(), id, LocalDate.now().minusDays(1))).isEmpty();
        assertThat(sessions.lastDiscussion(s.id(), id, LocalDate.now())).get()
                .satisfies(c -> assertThat(c.supervisor()).isEqualTo("Sam Supervisor"));
    }

    private List<Decision> decisionsBy(TestService s, ReferralId id, Instant moment) {
        return ledger.decisions(s.id(), id).stream().filter(d -> !d.decidedAt().isAfter(moment)).toList();
    }

    private String holder(TestService s, ReferralId id, ResponsibilityKind kind, Instant at) {
        return ledger.heldAt(s.id(), id, at).stream().filter(p -> p.kind() == kind).findFirst()
                .map(ResponsibilityPeriod::holder).orElse(null);
    }

    private static Instant tick() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }
}
