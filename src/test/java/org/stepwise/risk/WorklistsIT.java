package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

@IntegrationTest
@Import(RiskCases.class)
class WorklistsIT {

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired RiskFlags flags;
    @Autowired Safeguarding safeguarding;
    @Autowired Worklists worklists;
    @Autowired TransactionTemplate tx;

    @Test
    void theDutyListOfFlagsIsPagedByTheKeyMostOverdueFirst() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        Instant start = Instant.now().minus(Duration.ofDays(60));
        tx.executeWithoutResult(t -> {
            for (int i = 0; i < Worklists.PAGE_SIZE + 2; i++) {
                flags.raiseFromQuestionnaire(s.id(), id, null, 1, pwp, start.plus(Duration.ofDays(2L * i)));
            }
        });
        UUID reviewed = flags.forReferral(s.id(), id).get(0).id();
        flags.review(s.id(), reviewed, "Seen", pwp);

        var first = org.stepwise.shared.Slice.of(worklists.list(WorkSection.FLAGS, s.id(), null, null, Instant.now(), LocalDate.now()),
                Worklists.PAGE_SIZE, i -> i.id().toString());
        var second = worklists.list(WorkSection.FLAGS, s.id(), null, UUID.fromString(first.nextCursor()),
                Instant.now(), LocalDate.now());

        assertThat(first.items()).hasSize(Worklists.PAGE_SIZE).allSatisfy(i -> assertThat(i.overdue()).isTrue())
                .extracting(WorkItem::id).doesNotContain(reviewed);
        assertThat(first.items()).extracting(WorkItem::dueAt).isSorted();
        assertThat(second).hasSize(1);
        assertThat(first.items().get(0).patientName()).isEqualTo("LOVELACE, Ada");
        assertThat(first.items().get(0).who()).isEqualTo("Priya Patel");
    }

    @Test
    void theSupervisionViewShowsOnlySuperviseesCases() {
        TestService s = fixtures.service();
        StaffId supervised = s.pwp("Priya Patel");
        StaffId unsupervised = s.member("Uma Unsupervised", EnumSet.of(Role.PWP));
        ReferralId mine = cases.allocated(s, supervised, "Ada", "Lovelace");
        ReferralId theirs = cases.allocated(s, unsupervised, "Grace", "Hopper");
        flags.raise(s.id(), mine, "Concern on a supervisee's case", supervised);
        flags.raise(s.id(), theirs, "Concern on someone else's case", unsupervised);
        safeguarding.raise(s.id(), theirs, new NewConcern(ConcernFor.ADULT, "Herself", "x", LocalDate.now(),
                supervised), unsupervised);

        var forSupervisor = worklists.list(WorkSection.FLAGS, s.id(), s.supervisor(), null, Instant.now(),
                LocalDate.now());
        var forDuty = worklists.list(WorkSection.FLAGS, s.id(), null, null, Instant.now(), LocalDate.now());
        var concerns = worklists.list(WorkSection.SAFEGUARDING, s.id(), s.supervisor(), null, Instant.now(),
                LocalDate.now());

        assertThat(forSupervisor).extracting(WorkItem::what).containsExactly("Concern on a supervisee's case");
        assertThat(forDuty).hasSize(2);
        // Owned by a supervisee, so it is the supervisor's business even on someone else's case.
        assertThat(concerns).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("Adult: Herself");
            assertThat(c.who()).isEqualTo("Priya Patel");
        });
    }
}
