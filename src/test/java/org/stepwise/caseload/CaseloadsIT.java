package org.stepwise.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.organisation.WaitingListPolicy;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Slice;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.TriageQueue;

@IntegrationTest
class CaseloadsIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Fixtures fixtures;
    @Autowired Caseloads caseloads;
    @Autowired WaitingLists waitingLists;
    @Autowired TriageQueue triageQueue;
    @Autowired Capacity capacity;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;

    @Test
    void pagesThroughAWholeCaseloadInOrderWithoutGapsOrRepeats() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        for (int i = 0; i < 30; i++) {
            allocate(s, s.newReferral("Given" + i, "Family" + (char) ('A' + i % 26) + i, TODAY.minusDays(i)), pwp, i % 3 == 0);
        }
        List<CaseloadRow> all = new ArrayList<>();
        UUID after = null;
        int pages = 0;
        do {
            Slice<CaseloadRow> page = caseloads.openCases(s.id(), pwp,
                    new CaseloadFilter(null, null, null, CaseloadSort.WAITED, false, after), TODAY);
            all.addAll(page.items());
            after = page.hasNext() ? UUID.fromString(page.nextCursor()) : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(2);
        assertThat(all).hasSize(30).extracting(CaseloadRow::referralId).doesNotHaveDuplicates();
        assertThat(all).extracting(CaseloadRow::receivedDate).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(all.get(0).weeksSinceReferral()).isEqualTo(4);
        assertThat(caseloads.openCaseCount(s.id(), pwp)).isEqualTo(30);
    }

    @Test
    void sortsByNameEitherWayAndFiltersByStatusAndName() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        allocate(s, s.newReferral("Ada", "Lovelace", TODAY.minusDays(3)), pwp, true);
        allocate(s, s.newReferral("Alan", "Turing", TODAY.minusDays(2)), pwp, false);
        allocate(s, s.newReferral("Grace", "Hopper", TODAY.minusDays(1)), pwp, false);

        assertThat(names(s, pwp, new CaseloadFilter(null, null, null, CaseloadSort.NAME, false, null)))
                .containsExactly("HOPPER, Grace", "LOVELACE, Ada", "TURING, Alan");
        assertThat(names(s, pwp, new CaseloadFilter(null, null, null, CaseloadSort.NAME, true, null)))
                .containsExactly("TURING, Alan", "LOVELACE, Ada", "HOPPER, Grace");
        assertThat(names(s, pwp, new CaseloadFilter(null, "IN_TREATMENT", null, CaseloadSort.NAME, false, null)))
                .containsExactly("LOVELACE, Ada");
        assertThat(names(s, pwp, new CaseloadFilter(2, null, "tur", CaseloadSort.NAME, false, null)))
                .containsExactly("TURING, Alan");
        assertThat(names(s, pwp, new CaseloadFilter(3, null, null, CaseloadSort.NAME, false, null))).isEmpty();
    }

    @Test
    void showsOnlyThePractitionersOwnOpenCases() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId other = s.pwp("Owen Other");
        allocate(s, s.newReferral("Ada", "Lovelace", TODAY), pwp, false);
        allocate(s, s.newReferral("Alan", "Turing", TODAY), other, false);
        s.newReferral("Grace", "Hopper", TODAY);

        assertThat(names(s, pwp, new CaseloadFilter(null, null, null, null, false, null))).containsExactly("LOVELACE, Ada");
        assertThat(capacity.atStep(s.id(), 2)).filteredOn(c -> c.staffId().equals(pwp))
                .singleElement().satisfies(c -> assertThat(c.openCases()).isEqualTo(1));
    }

    @Test
    void waitingListsFollowTheServicesOrderAndTheTriageQueueIsOldestFirst() {
        TestService s = fixtures.service();
        ReferralId older = s.newReferral("Ada", "Lovelace", TODAY.minusDays(60));
        ReferralId newer = s.newReferral("Alan", "Turing", TODAY.minusDays(10));
        ReferralId queued = s.newReferral("Grace", "Hopper", TODAY.minusDays(5));
        ReferralId queuedFirst = s.newReferral("Mary", "Seacole", TODAY.minusDays(7));
        referrals.placeOnWaitingList(s.id(), newer, 0, 3, null, s.allocator());
        referrals.placeOnWaitingList(s.id(), older, 0, 3, null, s.allocator());

        assertThat(waitingLists.forStep(s.id(), 3, WaitingListPolicy.OLDEST_REFERRAL_FIRST, null, TODAY).items())
                .extracting(WaitingListEntry::referralId).containsExactly(older, newer);
        assertThat(waitingLists.forStep(s.id(), 3, WaitingListPolicy.OLDEST_REFERRAL_FIRST, null, TODAY).items().get(0)
                .daysSinceReferral()).isEqualTo(60);
        assertThat(waitingLists.forStep(s.id(), 2, WaitingListPolicy.OLDEST_REFERRAL_FIRST, null, TODAY).items()).isEmpty();
        assertThat(waitingLists.count(s.id(), 3)).isEqualTo(2);
        assertThat(triageQueue.page(s.id(), null, TODAY).items()).extracting(q -> q.referralId())
                .containsExactly(queuedFirst, queued);
        assertThat(triageQueue.page(s.id(), queuedFirst.value(), TODAY).items()).extracting(q -> q.referralId())
                .containsExactly(queued);
    }

    private List<String> names(TestService s, StaffId pwp, CaseloadFilter filter) {
        return caseloads.openCases(s.id(), pwp, filter, TODAY).items().stream().map(CaseloadRow::patientName).toList();
    }

    private void allocate(TestService s, ReferralId id, StaffId practitioner, boolean started) {
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), practitioner), null, s.allocator());
        if (started) {
            referrals.startTreatment(s.id(), id, 1, practitioner);
        }
    }
}
