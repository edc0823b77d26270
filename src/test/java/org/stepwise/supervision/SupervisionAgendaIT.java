package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
@AutoConfigureMockMvc
class SupervisionAgendaIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired SupervisionAgenda agenda;
    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired MeasureService measures;
    @Autowired StaffDirectory staff;
    @Autowired org.stepwise.responsibility.ResponsibilityLedger ledger;

    @Test
    void raisesEachCaseForItsReasonsMostUrgentFirst() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId stuck = allocated(s, pwp, "Stuck", 60);
        for (int week = 5; week >= 1; week--) {
            AppointmentId a = appointments.book(s.id(), stuck, at(pwp, week * 7), pwp);
            appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 30,
                    Intervention.GUIDED_SELF_HELP_BOOK, "Session held."), pwp);
            measures.record(s.id(), stuck, a, InstrumentCode.PHQ9, all(9, 2), LocalDate.now().minusDays(week * 7L), pwp);
        }
        ReferralId risky = allocated(s, pwp, "Risky", 10);
        measures.record(s.id(), risky, null, InstrumentCode.PHQ9, withItemNine(), LocalDate.now(), pwp);
        ReferralId missed = allocated(s, pwp, "Missed", 10);
        AppointmentId dna = appointments.book(s.id(), missed, at(pwp, 2), pwp);
        appointments.recordOutcome(s.id(), dna, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null, null), pwp);

        var items = agenda.forPractitioner(s.id(), pwp);

        assertThat(items).extracting(i -> i.facts().referral()).containsExactly(risky, stuck, missed);
        assertThat(items.get(0).reasons()).contains(AgendaReason.RISK);
        assertThat(items.get(1).reasons()).contains(AgendaReason.NOT_IMPROVING);
        assertThat(items.get(2).reasons()).contains(AgendaReason.LAST_DNA);
        mvc.perform(get("/supervision").with(as(s.supervisorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Priya Patel")))
                .andExpect(content().string(containsString("href=\"/supervision/outcomes\"")));
        mvc.perform(get("/caseload/" + pwp).with(as(s.supervisorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/outcomes/practitioners/" + pwp + "\"")));
        mvc.perform(get("/supervision/" + pwp).with(as(s.supervisorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No reliable improvement at a review point")))
                .andExpect(content().string(containsString("Open risk flag")));
        mvc.perform(get("/supervision/" + pwp).with(as(s.allocatorUsername()))).andExpect(status().isForbidden());
    }

    @Test
    void severalAgendasAtOnceAreEachPractitionersOwnAgenda() {
        TestService s = fixtures.service();
        StaffId priya = s.pwp("Priya Patel");
        StaffId omar = s.pwp("Omar Owens");
        StaffId idle = s.pwp("Ida Idle");
        ReferralId priyas = allocated(s, priya, "Priyas", 40);
        ReferralId omars = allocated(s, omar, "Omars", 40);
        AppointmentId dna = appointments.book(s.id(), omars, at(omar, 2), omar);
        appointments.recordOutcome(s.id(), dna, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null, null), omar);

        var all = agenda.forPractitioners(s.id(), java.util.List.of(priya, omar, idle));

        assertThat(all.get(priya)).extracting(i -> i.facts().referral()).containsExactly(priyas);
        assertThat(all.get(omar)).extracting(i -> i.facts().referral()).containsExactly(omars);
        assertThat(all.get(idle)).isEmpty();
        assertThat(all.get(omar)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(agenda.forPractitioner(s.id(), omar));
        assertThat(all.get(omar).get(0).reasons()).contains(AgendaReason.LAST_DNA);
    }

    @Test
    void anOpenSafeguardingConcernRaisesTheCaseForRisk() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId concern = allocated(s, pwp, "Concern", 10);
        ReferralId quiet = allocated(s, pwp, "Quiet", 10);
        LocalDate today = LocalDate.now();
        mvc.perform(post("/referrals/" + concern + "/safeguarding").with(as(s.username("Priya Patel"))).with(csrf())
                        .param("concernFor", "CHILD").param("personAtRisk", "Her son, aged 6")
                        .param("concern", "Described leaving him alone overnight")
                        .param("noticedDay", "" + today.getDayOfMonth()).param("noticedMonth", "" + today.getMonthValue())
                        .param("noticedYear", "" + today.getYear()).param("owner", pwp.toString()))
                .andExpect(status().is3xxRedirection());

        var items = agenda.forPractitioner(s.id(), pwp);

        assertThat(items).filteredOn(i -> i.facts().referral().equals(concern)).singleElement()
                .satisfies(i -> assertThat(i.reasons()).contains(AgendaReason.RISK));
        assertThat(items).filteredOn(i -> i.facts().referral().equals(quiet))
                .allSatisfy(i -> assertThat(i.reasons()).doesNotContain(AgendaReason.RISK));
    }

    @Test
    void aSignedSessionAttributesDecisionsToTheSupervisorOnlyForCasesDiscussed() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId discussed = allocated(s, pwp, "Discussed", 40);
        ReferralId skipped = allocated(s, pwp, "Skipped", 40);
        var items = agenda.forPractitioner(s.id(), pwp);
        int d = indexOf(items, discussed);
        int k = indexOf(items, skipped);

        mvc.perform(post("/supervision/" + pwp + "/session").with(as(s.supervisorUsername())).with(csrf())
                        .param("case" + d + "-discussed", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("select the decision")))
                .andExpect(content().string(containsString("record what was discussed")));
        mvc.perform(post("/supervision/" + pwp + "/session").with(as(s.supervisorUsername())).with(csrf())
                        .param("case" + d + "-discussed", "yes").param("case" + d + "-decision", "STEP_UP")
                        .param("case" + d + "-discussion", "No change by session 4; needs CBT")
                        .param("case" + d + "-action0-title", "Discuss step-up with her")
                        .param("case" + d + "-action0-owner", pwp.toString())
                        .param("case" + d + "-action0-dueDay", "" + LocalDate.now().plusDays(3).getDayOfMonth())
                        .param("case" + d + "-action0-dueMonth", "" + LocalDate.now().plusDays(3).getMonthValue())
                        .param("case" + d + "-action0-dueYear", "" + LocalDate.now().plusDays(3).getYear()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/supervision/" + pwp + "/session").with(as(s.allocatorUsername())).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(ledger.decisions(s.id(), discussed)).anySatisfy(dec -> {
            assertThat(dec.kind()).isEqualTo(org.stepwise.responsibility.DecisionKind.SUPERVISION_DECISION);
            assertThat(dec.decidedBy()).isEqualTo("Sam Supervisor");
            assertThat(dec.summary()).contains("Step up").contains("needs CBT");
        });
        assertThat(ledger.decisions(s.id(), skipped))
                .noneMatch(dec -> dec.kind() == org.stepwise.responsibility.DecisionKind.SUPERVISION_DECISION);
        assertThat(agenda.forPractitioner(s.id(), pwp)).filteredOn(i -> i.facts().referral().equals(discussed))
                .allSatisfy(i -> assertThat(i.facts().lastDiscussed()).isEqualTo(LocalDate.now()));
        assertThat(k).isGreaterThanOrEqualTo(0);

        mvc.perform(get("/referrals/" + discussed + "/responsibility?at=" + LocalDate.now()).with(as(s.supervisorUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Supervisor <span class=\"govuk-body-s\">(supervisor, ")))
                .andExpect(content().string(containsString("Step up)")));
        mvc.perform(get("/referrals/" + discussed + "/responsibility?at=" + LocalDate.now().minusDays(1))
                        .with(as(s.supervisorUsername())))
                .andExpect(content().string(containsString("Not discussed in supervision by then")));
        mvc.perform(get("/referrals/" + skipped + "/responsibility?at=" + LocalDate.now()).with(as(s.supervisorUsername())))
                .andExpect(content().string(containsString("Not discussed in supervision by then")));
    }

    private static int indexOf(java.util.List<AgendaItem> items, ReferralId id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).facts().referral().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private ReferralId allocated(TestService s, StaffId pwp, String family, int daysAgo) {
        ReferralId id = s.newReferral("Case", family, LocalDate.now().minusDays(daysAgo));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }

    static Booking at(StaffId pwp, int daysAgo) {
        Instant when = LocalDate.now().minusDays(daysAgo).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        return new Booking(pwp, when, 30, AppointmentPurpose.TREATMENT, ConsultationMechanism.TELEPHONE);
    }

    static Map<Integer, Integer> all(int items, int each) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 1; i <= items; i++) {
            answers.put(i, i == 9 ? 0 : each);
        }
        return answers;
    }

    static Map<Integer, Integer> withItemNine() {
        Map<Integer, Integer> answers = all(9, 1);
        answers.put(9, 2);
        return answers;
    }
}
