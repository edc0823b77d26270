package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.stepwise.shared.StaffId;

/** The service lead keeps the trainee competency list; what a trainee was signed off against never changes. */
@IntegrationTest
@AutoConfigureMockMvc
class CompetencyListIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired CompetencyList list;
    @Autowired TraineeProgress progress;

    @Test
    void theLeadAddsOrdersRenamesAndRetiresAndTraineesSeeTheResult() throws Exception {
        TestService s = fixtures.service();
        StaffId trainee = s.trainee("Tara Trainee");
        mvc.perform(post("/service/competencies").with(as(s.leadUsername())).with(csrf())
                        .param("title", "Working with interpreters"))
                .andExpect(status().is3xxRedirection());
        String added = code(s, "Working with interpreters");
        assertThat(list.all(s.id())).last().extracting(CompetencyList.Line::title).isEqualTo("Working with interpreters");

        mvc.perform(change(s, added, "up")).andExpect(status().is3xxRedirection());
        assertThat(titles(s)).containsSubsequence("Working with interpreters", "Values, diversity and context");
        mvc.perform(change(s, added, "rename").param("title", "Working with interpreters and translated materials"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(change(s, "VALUES", "retire")).andExpect(status().is3xxRedirection());

        assertThat(progress.competencies(s.id(), trainee)).extracting(TraineeProgress.Competency::title)
                .contains("Working with interpreters and translated materials")
                .doesNotContain("Values, diversity and context");
        mvc.perform(get("/service/competencies").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Retired")));
        mvc.perform(change(s, "VALUES", "restore")).andExpect(status().is3xxRedirection());
        assertThat(progress.competencies(s.id(), trainee)).extracting(TraineeProgress.Competency::title)
                .contains("Values, diversity and context");
    }

    @Test
    void aSignedOffCompetencyKeepsItsWordingAndRetiringItKeepsItOnTheTraineesRecord() throws Exception {
        TestService s = fixtures.service();
        StaffId trainee = s.trainee("Tara Trainee");
        progress.signOff(s.id(), s.supervisor(), trainee, "RISK", LocalDate.now(), "Observed a risk assessment");

        mvc.perform(change(s, "RISK", "rename").param("title", "Risk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has been signed off for a trainee, so its wording stays")));
        mvc.perform(change(s, "RISK", "retire")).andExpect(status().is3xxRedirection());

        assertThat(progress.competencies(s.id(), trainee)).filteredOn(c -> c.code().equals("RISK")).singleElement()
                .satisfies(c -> assertThat(c.title()).isEqualTo("Assessing and managing risk, including safeguarding"));
        assertThat(progress.competencies(s.id(), s.trainee("Tom Trainee")))
                .noneMatch(c -> c.code().equals("RISK"));
    }

    @Test
    void badInputAndStaleFormsAreRefusedWithTheReason() throws Exception {
        TestService s = fixtures.service();
        mvc.perform(post("/service/competencies").with(as(s.leadUsername())).with(csrf()).param("title", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the competency")));
        mvc.perform(post("/service/competencies").with(as(s.leadUsername())).with(csrf())
                        .param("title", "using outcome measures session by session"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already has a competency called")));
        mvc.perform(post("/service/competencies").with(as(s.leadUsername())).with(csrf()).param("title", "x".repeat(201)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("200 characters")));
        MockHttpServletRequestBuilder staleRestore = change(s, "ENGAGEMENT", "restore");
        mvc.perform(change(s, "ENGAGEMENT", "retire")).andExpect(status().is3xxRedirection());
        mvc.perform(staleRestore).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this competency")));
        mvc.perform(change(s, "NO_SUCH", "retire")).andExpect(status().isOk())
                .andExpect(content().string(containsString("not on this service's list")));
        mvc.perform(change(s, "MEASURES", "explode")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what to do with the competency")));
        mvc.perform(post("/service/competencies").with(as(s.supervisorUsername())).with(csrf()).param("title", "Mine"))
                .andExpect(status().isForbidden());
        TestService other = fixtures.service();
        assertThat(list.all(other.id())).noneMatch(CompetencyList.Line::retired);
    }

    private MockHttpServletRequestBuilder change(TestService s, String code, String action) {
        int version = list.all(s.id()).stream().filter(l -> l.code().equals(code)).findFirst()
                .map(CompetencyList.Line::version).orElse(0);
        return post("/service/competencies/" + code).with(as(s.leadUsername())).with(csrf()).param("action", action)
                .param("version", "" + version);
    }

    private String code(TestService s, String title) {
        return list.all(s.id()).stream().filter(l -> l.title().equals(title)).findFirst().orElseThrow().code();
    }

    private java.util.List<String> titles(TestService s) {
        return list.all(s.id()).stream().filter(l -> !l.retired()).map(CompetencyList.Line::title).toList();
    }
}
