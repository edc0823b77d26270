package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

@IntegrationTest
@Import(RiskCases.class)
class RiskSeedingIT {

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired RiskSeeding seeding;
    @Autowired RiskFlags flags;
    @Autowired RiskSummaries summaries;
    @Autowired Tasks tasks;
    @Autowired TransactionTemplate tx;

    @Test
    void theDemoCanWriteOpenRiskWorkAsOfThePastAndItIsOnTheDutyView() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));

        tx.executeWithoutResult(t -> {
            flags.raiseFromQuestionnaire(s.id(), id, null, 1, pwp, twoDaysAgo);
            seeding.openConcern(s.id(), id, true, "Her daughter, aged 4", "Left alone while mother drinks", pwp,
                    twoDaysAgo);
            seeding.awaitingOnwardReferral(s.id(), id, false, "Northtown CMHT", true, "Needs secondary care", pwp,
                    twoDaysAgo);
        });

        DutyCounts duty = summaries.duty(s.id());
        assertThat(duty.openConcerns()).isEqualTo(1);
        assertThat(duty.awaitingOnward()).isEqualTo(1);
        assertThat(duty.chaseNow()).isEqualTo(1);
        assertThat(tasks.forReferral(s.id(), id)).singleElement()
                .satisfies(t -> assertThat(t.title()).contains("Chase Northtown CMHT"));
        assertThat(duty.openFlags()).isEqualTo(1);
    }
}
