package org.stepwise.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.supervision.AgendaReason;
import org.stepwise.supervision.Discussion;
import org.stepwise.supervision.SupervisionDecision;
import org.stepwise.supervision.SupervisionSessions;

@IntegrationTest
@AutoConfigureMockMvc
class ChronologyIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired MeasureService measures;
    @Autowired SupervisionSessions sessions;

    @Test
    void theChronologyShowsEveryKindOfEventWithWhoAndTheCsvIsSafeForSpreadsheets() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(20));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), "=HYPERLINK(\"x\")", s.allocator());
        Map<Integer, Integer> phq9 = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            phq9.put(i, i == 9 ? 1 : 2);
        }
        measures.record(s.id(), id, null, InstrumentCode.PHQ9, phq9, LocalDate.now(), pwp);
        sessions.sign(s.id(), s.supervisor(), pwp, LocalDate.now(), List.of(new Discussion(id,
                Set.of(AgendaReason.RISK), true, "Reviewed the risk plan", SupervisionDecision.REVIEW_RISK, List.of())));

        String csv = mvc.perform(get("/referrals/" + id + "/chronology.csv").with(as(s.username("Priya Patel"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("when_utc,kind,detail,who\n")
                .contains("\"ALLOCATION\"", "\"Alex Allocator\"", "\"RESPONSIBILITY\"", "\"SCORE\"", "\"RISK_FLAG\"",
                        "\"SUPERVISION\"", "Discussed with Priya Patel: REVIEW_RISK", "\"Sam Supervisor\"");
        assertThat(csv).doesNotContain(",\"=HYPERLINK");
        byte[] pdf = mvc.perform(get("/referrals/" + id + "/chronology.pdf").with(as(s.username("Priya Patel"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
        mvc.perform(get("/referrals/" + id + "/responsibility?at=" + LocalDate.now()).with(as(s.username("Priya Patel"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Clinical responsibility")))
                .andExpect(content().string(containsString("Reviewed the risk plan")));
        mvc.perform(get("/referrals/" + id + "/responsibility?at=" + LocalDate.now().minusDays(30))
                        .with(as(s.username("Priya Patel"))))
                .andExpect(content().string(containsString("had not arrived")));
    }
}
