package org.stepwise.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
class ResponsibilityLedgerIT {

    @Autowired Fixtures fixtures;
    @Autowired ResponsibilityLedger ledger;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;

    @Test
    void answersWhoWasResponsibleAtAnyMomentAcrossReallocations() throws InterruptedException {
        TestService s = fixtures.service();
        StaffId first = s.pwp("Priya Patel");
        StaffId second = s.pwp("Owen Other");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(40));
        Instant beforeAllocation = Instant.now();
        Thread.sleep(5);
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), first), null, s.allocator());
        Thread.sleep(5);
        Instant duringFirst = Instant.now();
        Thread.sleep(5);
        referrals.reallocate(s.id(), id, 1, staff.get(s.id(), second), "Priya on long-term leave", s.lead());

        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, beforeAllocation)).isEqualTo("Lena Lead");
        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, duringFirst)).isEqualTo("Priya Patel");
        assertThat(holder(s, id, ResponsibilityKind.CLINICAL, Instant.now())).isEqualTo("Owen Other");
        assertThat(holder(s, id, ResponsibilityKind.MEDICAL, duringFirst)).startsWith("Test Surgery");
        assertThat(ledger.decisions(s.id(), id)).extracting(Decision::decidedBy)
                .containsExactly("Alex Allocator", "Alex Allocator", "Lena Lead");
    }

    @Test
    void theLedgersAreAppendOnlyInTheDatabaseItself() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now());

        assertThatThrownBy(() -> jdbc.sql("update decision set summary = 'edited' where service_id = ?")
                .param(s.id().value()).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from decision where service_id = ?")
                .param(s.id().value()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from referral_transition where service_id = ?")
                .param(s.id().value()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from responsibility_period where service_id = ?")
                .param(s.id().value()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update responsibility_period set staff_id = ? where service_id = ?")
                .params(s.allocator().value(), s.id().value()).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("only be ended");
        assertThat(ledger.decisions(s.id(), id)).hasSize(1);
    }

    @Test
    void responsibilityIsOnlyChangedInsideTheBusinessOperationsTransaction() {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now());
        assertThatThrownBy(() -> ledger.assignClinical(s.id(), id, s.lead(), null, "stray", s.lead(), Instant.now()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private String holder(TestService s, ReferralId id, ResponsibilityKind kind, Instant at) {
        return ledger.heldAt(s.id(), id, at).stream().filter(p -> p.kind() == kind).findFirst()
                .map(ResponsibilityPeriod::holder).orElse(null);
    }
}
