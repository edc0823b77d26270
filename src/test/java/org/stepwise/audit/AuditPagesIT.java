package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.shared.PatientId;

@IntegrationTest
@AutoConfigureMockMvc
class AuditPagesIT extends WebTest {

    private static final Pattern ROW = Pattern.compile("id=\"event-\\d+\"");

    @Autowired MockMvc mvc;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void theServiceLeadSeesWhoAccessedARecordAndNothingAboutAnyoneElse() throws Exception {
        TestService s = fixtures.service();
        PatientId ada = s.patient("Ada", "Lovelace");
        s.referral(ada, LocalDate.now());
        PatientId grace = s.patient("Grace", "Hopper");
        mvc.perform(get("/patients/" + ada).with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/patients/" + grace).with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/triage").with(as(s.allocatorUsername()))).andExpect(status().isOk());
        TestService other = fixtures.service();
        PatientId elsewhere = other.patient("Mary", "Somerville");
        mvc.perform(get("/patients/" + elsewhere).with(as(other.allocatorUsername()))).andExpect(status().isOk());

        String page = mvc.perform(get("/audit/patients/" + ada).with(as(s.leadUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who accessed this record")))
                .andExpect(content().string(containsString("LOVELACE, Ada")))
                .andExpect(content().string(containsString("Alex Allocator")))
                .andExpect(content().string(containsString("Triage queue (1 patient shown)")))
                .andExpect(content().string(not(containsString("HOPPER"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(page)).isEqualTo(2);

        mvc.perform(get("/audit/patients/" + ada).with(as(other.leadUsername()))).andExpect(status().isNotFound());
        mvc.perform(get("/audit/patients/" + elsewhere).with(as(s.leadUsername()))).andExpect(status().isNotFound());
    }

    @Test
    void eventsCanBeSearchedByPersonPatientActionAndDate() throws Exception {
        TestService s = fixtures.service();
        PatientId ada = s.patient("Ada", "Lovelace");
        PatientId grace = s.patient("Grace", "Hopper");
        mvc.perform(get("/patients/" + ada).with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/patients/" + grace).with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/patients/" + grace).with(as(s.leadUsername()))).andExpect(status().isOk());
        String lead = s.leadUsername();
        LocalDate today = LocalDate.now();

        assertThat(rows(search(lead, "?person=" + s.allocator()))).isEqualTo(2);
        // Two reads of her record, and the search just made, whose results showed her.
        assertThat(rows(search(lead, "?patient=" + grace))).isEqualTo(3);
        assertThat(rows(search(lead, "?person=" + s.allocator() + "&patient=" + grace + "&action=READ"))).isEqualTo(1);
        assertThat(rows(search(lead, "?action=UPDATE"))).isZero();
        assertThat(rows(search(lead, "?person=" + s.allocator() + "&fromDay=" + today.getDayOfMonth() + "&fromMonth="
                + today.getMonthValue() + "&fromYear=" + today.getYear()))).isEqualTo(2);
        LocalDate yesterday = today.minusDays(1);
        assertThat(search(lead, "?toDay=" + yesterday.getDayOfMonth() + "&toMonth=" + yesterday.getMonthValue()
                + "&toYear=" + yesterday.getYear() + "&person=" + s.allocator())).contains("No events match");
        assertThat(search(lead, "?fromDay=31&fromMonth=2&fromYear=2026")).contains("There is a problem")
                .contains("Start date must be a real date");
    }

    @Test
    void longReportsArePagedByTheChainsOrder() throws Exception {
        TestService s = fixtures.service();
        PatientId ada = s.patient("Ada", "Lovelace");
        for (int i = 0; i < AuditQueries.PAGE_SIZE + 5; i++) {
            trail.recordRead(s.id(), s.allocator(), ada, AuditedRecord.patient(ada));
        }

        String first = mvc.perform(get("/audit/patients/" + ada).with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
        Matcher next = Pattern.compile("href=\"(/audit/patients/[^\"]+after=\\d+)\"").matcher(first);
        assertThat(rows(first)).isEqualTo(AuditQueries.PAGE_SIZE);
        assertThat(first).contains("id=\"event-" + (AuditQueries.PAGE_SIZE + 5) + "\"");
        assertThat(next.find()).isTrue();

        String second = mvc.perform(get(next.group(1)).with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).contains("id=\"event-1\"").doesNotContain("id=\"next-page\"");
    }

    @Test
    void theServiceLeadCanCheckTheChain() throws Exception {
        TestService s = fixtures.service();
        PatientId ada = s.patient("Ada", "Lovelace");
        trail.recordRead(s.id(), s.allocator(), ada, AuditedRecord.patient(ada));

        mvc.perform(get("/audit/verify").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain-intact\"")))
                .andExpect(content().string(containsString("1 event checked")));

        // A chain head moved on without its events, in a transaction that is then rolled back.
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("update audit_chain set last_seq = last_seq + 1 where chain_id = ?").param(s.id().value()).update();
            try {
                mvc.perform(get("/audit/verify").with(as(s.leadUsername()))).andExpect(status().isOk())
                        .andExpect(content().string(containsString("id=\"chain-broken\"")))
                        .andExpect(content().string(containsString("Deleted at event 2")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void onlyTheServiceLeadMayOpenTheAuditPages() throws Exception {
        TestService s = fixtures.service();
        PatientId ada = s.patient("Ada", "Lovelace");
        RecordedEvents events = new RecordedEvents(jdbc);

        for (String page : new String[] {"/audit", "/audit/events", "/audit/verify", "/audit/patients/" + ada}) {
            long before = events.lastSeq(s.id());
            mvc.perform(get(page).with(as(s.allocatorUsername()))).andExpect(status().isForbidden());
            assertThat(events.after(s.id(), before)).extracting(RecordedEvents.Row::action)
                    .as(page).containsExactly(AuditAction.DENIED);
        }
        mvc.perform(get("/audit").with(as(s.leadUsername()))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/service").with(as(s.leadUsername())))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/").with(as(s.allocatorUsername())))
                .andExpect(content().string(not(containsString("href=\"/service\""))));
    }

    private String search(String username, String query) throws Exception {
        return mvc.perform(get("/audit/events" + query).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int rows(String page) {
        return (int) ROW.matcher(page).results().count();
    }
}
