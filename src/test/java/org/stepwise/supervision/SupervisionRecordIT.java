package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/** Actions agreed in supervision become tasks; the signed record is read by the right people and only added to. */
@IntegrationTest
@AutoConfigureMockMvc
class SupervisionRecordIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired SupervisionAgenda agenda;
    @Autowired SupervisionSessions sessions;
    @Autowired SupervisionRecords records;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;

    @Test
    void actionsBecomeTasksForTheirOwnersAndTheRecordShowsThemWithWhatWasNotDiscussed() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId discussed = allocated(s, pwp, "Discussed");
        ReferralId skipped = allocated(s, pwp, "Skipped");
        int d = indexOf(s, pwp, discussed);
        LocalDate due = LocalDate.now().plusDays(5);

        mvc.perform(session(s, pwp, d).param("case" + d + "-action0-title", "Offer CBT and check she agrees")
                        .param("case" + d + "-action0-owner", pwp.toString()).params(dueOn("case" + d + "-action0-", due))
                        .param("case" + d + "-action1-title", "Ask the HIT team about a slot")
                        .param("case" + d + "-action1-owner", s.supervisor().toString())
                        .params(dueOn("case" + d + "-action1-", LocalDate.now())))
                .andExpect(status().is3xxRedirection());

        List<String> tasks = jdbc.sql("""
                        select t.title || '|' || o.full_name || '|' || t.due_on || '|' || t.origin from task t
                          join staff o on o.service_id = t.service_id and o.id = t.owner_id
                         where t.service_id = ? and t.referral_id = ? and t.supervision_discussion_id is not null
                         order by t.title
                        """).params(s.id().value(), discussed.value()).query(String.class).list();
        assertThat(tasks).containsExactly(
                "Ask the HIT team about a slot|Sam Supervisor|" + LocalDate.now() + "|SUPERVISION_ACTION",
                "Offer CBT and check she agrees|Priya Patel|" + due + "|SUPERVISION_ACTION");
        assertThat(jdbc.sql("select count(*) from task where service_id = ? and referral_id = ?")
                .params(s.id().value(), skipped.value()).query(Long.class).single()).isZero();

        long before = lastAuditSeq(s);
        mvc.perform(get("/supervision/" + pwp + "/sessions").with(as(s.username("Priya Patel"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DISCUSSED, Case")))
                .andExpect(content().string(containsString("Offer CBT and check she agrees — Priya Patel")))
                .andExpect(content().string(containsString("Ask the HIT team about a slot — Sam Supervisor")))
                .andExpect(content().string(containsString("Not discussed")))
                .andExpect(content().string(not(containsString("Add an addendum"))));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where service_id = ? and seq > ? and action = 'READ'
                           and record_type = 'SUPERVISION_RECORD' and cardinality(listed_patients) = 2
                        """).params(s.id().value(), before).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where service_id = ? and action = 'CREATE'
                           and record_type = 'SUPERVISION_DISCUSSION' and patient_id = ?
                        """).params(s.id().value(), referrals.get(s.id(), discussed).patientId().value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anActionNeedsAnOwnerAndADueDateThatIsNotPastAndNothingIsSavedUntilItHasThem() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, "Lovelace");
        int d = indexOf(s, pwp, referral);
        String p = "case" + d + "-action0-";

        mvc.perform(session(s, pwp, d).param(p + "title", "Call her GP").param(p + "owner", pwp.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOVELACE, Case: enter when \"Call her GP\" is due")));
        mvc.perform(session(s, pwp, d).param(p + "title", "Call her GP").param(p + "owner", pwp.toString())
                        .params(dueOn(p, LocalDate.now().minusDays(1))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOVELACE, Case: the due date cannot be in the past")));
        mvc.perform(session(s, pwp, d).param(p + "title", "Call her GP").param(p + "owner", s.lead().toString())
                        .params(dueOn(p, LocalDate.now())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose who will do \"Call her GP\"")));
        mvc.perform(session(s, pwp, d).param(p + "title", "Call her GP").param(p + "owner", pwp.toString())
                        .param(p + "dueDay", "31").param(p + "dueMonth", "2").param(p + "dueYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("LOVELACE, Case: the due date must be a real date")));

        assertThat(jdbc.sql("select count(*) from supervision_session where service_id = ?")
                .param(s.id().value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from task where service_id = ?")
                .param(s.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheSupervisorWhoSignedAddsToASessionWithAReasonAndTheSignedPartNeverChanges() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, "Lovelace");
        int d = indexOf(s, pwp, referral);
        mvc.perform(session(s, pwp, d)).andExpect(status().is3xxRedirection());
        UUID session = jdbc.sql("select id from supervision_session where service_id = ?").param(s.id().value())
                .query(UUID.class).single();

        mvc.perform(addendum(s, pwp, s.supervisorUsername(), session.toString(), "She has since declined CBT.", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why you are adding to a signed session")));
        mvc.perform(addendum(s, pwp, s.supervisorUsername(), "not-a-session", "Text", "Reason"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the session to add to")));
        mvc.perform(addendum(s, pwp, s.supervisorUsername(), UUID.randomUUID().toString(), "Text", "Reason"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No such supervision session")));
        mvc.perform(addendum(s, pwp, s.username("Priya Patel"), session.toString(), "I disagree", "Mine"))
                .andExpect(status().isForbidden());
        mvc.perform(addendum(s, pwp, s.leadUsername(), session.toString(), "Noted", "Lead's note"))
                .andExpect(status().isForbidden());
        mvc.perform(addendum(s, pwp, s.supervisorUsername(), session.toString(), "She has since declined CBT.",
                        "Told me by phone the day after"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/supervision/" + pwp + "/sessions").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("She has since declined CBT.")))
                .andExpect(content().string(containsString("Sam Supervisor, ")))
                .andExpect(content().string(containsString("Reason: Told me by phone the day after")));
        assertThat(jdbc.sql("select count(*) from supervision_addendum where service_id = ?").param(s.id().value())
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update supervision_discussion set discussion = 'rewritten' where service_id = ?")
                .param(s.id().value()).update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from supervision_addendum where service_id = ?")
                .param(s.id().value()).update()).rootCause().hasMessageContaining("append-only");

        TestService other = fixtures.service();
        mvc.perform(get("/supervision/" + pwp + "/sessions").with(as(other.leadUsername())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRecordIsPagedNewestFirst() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = allocated(s, pwp, "Lovelace");
        for (int week = 12; week >= 1; week--) {
            sessions.sign(s.id(), s.supervisor(), pwp, LocalDate.now().minusWeeks(week), List.of(new Discussion(
                    referral, java.util.Set.of(AgendaReason.COVERAGE), true, "Week " + week, SupervisionDecision.CONTINUE,
                    List.of())));
        }
        var first = records.forSupervisee(s.id(), pwp, null);
        assertThat(first.items()).hasSize(SupervisionRecords.PAGE_SIZE);
        assertThat(first.items().get(0).heldOn()).isEqualTo(LocalDate.now().minusWeeks(1));
        var second = records.forSupervisee(s.id(), pwp, UUID.fromString(first.nextCursor()));
        assertThat(second.items()).extracting(SessionRecord::heldOn)
                .containsExactly(LocalDate.now().minusWeeks(11), LocalDate.now().minusWeeks(12));
        assertThat(second.hasNext()).isFalse();
        mvc.perform(get("/supervision/" + pwp + "/sessions").with(as(s.supervisorUsername())))
                .andExpect(content().string(containsString("after=" + first.nextCursor())));
    }

    private MockHttpServletRequestBuilder session(TestService s, StaffId pwp, int d) {
        return post("/supervision/" + pwp + "/session").with(as(s.supervisorUsername())).with(csrf())
                .param("case" + d + "-discussed", "yes").param("case" + d + "-decision", "STEP_UP")
                .param("case" + d + "-discussion", "No change by session 4; needs CBT");
    }

    private MockHttpServletRequestBuilder addendum(TestService s, StaffId pwp, String who, String session, String body,
                                                   String reason) {
        return post("/supervision/" + pwp + "/sessions/addenda").with(as(who)).with(csrf()).param("session", session)
                .param("body", body).param("reason", reason);
    }

    private static org.springframework.util.MultiValueMap<String, String> dueOn(String prefix, LocalDate day) {
        var values = new org.springframework.util.LinkedMultiValueMap<String, String>();
        values.add(prefix + "dueDay", "" + day.getDayOfMonth());
        values.add(prefix + "dueMonth", "" + day.getMonthValue());
        values.add(prefix + "dueYear", "" + day.getYear());
        return values;
    }

    private long lastAuditSeq(TestService s) {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event where service_id = ?").param(s.id().value())
                .query(Long.class).single();
    }

    private int indexOf(TestService s, StaffId pwp, ReferralId id) {
        List<AgendaItem> items = agenda.forPractitioner(s.id(), pwp);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).facts().referral().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("not on the agenda");
    }

    private ReferralId allocated(TestService s, StaffId pwp, String family) {
        ReferralId id = s.newReferral("Case", family, LocalDate.now().minusDays(40));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }
}
