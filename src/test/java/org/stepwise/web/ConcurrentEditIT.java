package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;

/** Two people edit the same referral: the second save is refused with a clear message and nothing is lost. */
@IntegrationTest
@AutoConfigureMockMvc
class ConcurrentEditIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired ReferralService referrals;

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedAndTheFirstKept() throws Exception {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(4));

        mvc.perform(edit(id, "Referred by Dr Shah, Riverside Surgery").with(as(s.allocatorUsername())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(edit(id, "Referred by the practice nurse").with(as(s.leadUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this referral")))
                .andExpect(content().string(containsString("Referred by Dr Shah, Riverside Surgery")));

        assertThat(referrals.get(s.id(), id).details().referrer()).isEqualTo("Referred by Dr Shah, Riverside Surgery");
        assertThat(referrals.get(s.id(), id).version()).isEqualTo(1);
    }

    @Test
    void badInputSavesNothingAndSaysWhatIsWrong() throws Exception {
        TestService s = fixtures.service();
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(4));
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        mvc.perform(post("/referrals/" + id + "/edit").with(csrf()).with(as(s.allocatorUsername()))
                        .param("version", "0").param("receivedDay", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("receivedMonth", String.valueOf(tomorrow.getMonthValue()))
                        .param("receivedYear", String.valueOf(tomorrow.getYear()))
                        .param("source", "ZZ").param("presentingProblem", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date received must be today or in the past")))
                .andExpect(content().string(containsString("Select where the referral came from")))
                .andExpect(content().string(containsString("Describe the presenting problem")));
        assertThat(referrals.get(s.id(), id).version()).isZero();
    }

    private MockHttpServletRequestBuilder edit(ReferralId id, String referrer) {
        LocalDate received = LocalDate.now().minusDays(4);
        return post("/referrals/" + id + "/edit").with(csrf())
                .param("version", "0")
                .param("receivedDay", String.valueOf(received.getDayOfMonth()))
                .param("receivedMonth", String.valueOf(received.getMonthValue()))
                .param("receivedYear", String.valueOf(received.getYear()))
                .param("source", "A1")
                .param("referrer", referrer)
                .param("presentingProblem", "Low mood and worry for six months");
    }
}
