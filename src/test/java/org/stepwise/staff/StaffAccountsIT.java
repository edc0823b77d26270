package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.security.AccountsTest;
import org.stepwise.security.SignIn;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

/** The service lead adding staff, and staff changing their own password, through the pages. */
@AccountsTest
class StaffAccountsIT {

    private static final String TEMPORARY = "first day at riverside";
    private static final String CHOSEN = "kettle on the windowsill";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aLeadAddsSomeoneWhoMustChooseTheirOwnPasswordAtFirstSignIn() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession lead = SignIn.as(mvc, s.leadUsername(), Fixtures.PASSWORD);
        String username = s.tag() + "-newbie";
        mvc.perform(newStaff(lead, username, TEMPORARY).param("supervisor", s.supervisor().toString()))
                .andExpect(redirectedUrlPattern("/staff/*"));
        mvc.perform(get("/staff").session(lead)).andExpect(content().string(containsString("Nia Newbie")));

        MockHttpSession newbie = (MockHttpSession) SignIn.attempt(mvc, new MockHttpSession(), username, TEMPORARY,
                SignIn.newAddress()).getRequest().getSession(false);
        mvc.perform(get("/caseload").session(newbie)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(newbie)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose your own password before you continue")));
        mvc.perform(changePassword(newbie, TEMPORARY, CHOSEN, CHOSEN + " "))
                .andExpect(content().string(containsString("The new passwords do not match")));
        mvc.perform(changePassword(newbie, TEMPORARY, CHOSEN, CHOSEN)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/caseload").session(newbie)).andExpect(status().isOk());

        assertThat(SignIn.attempt(mvc, new MockHttpSession(), username, TEMPORARY, SignIn.newAddress())
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        assertThat(SignIn.attempt(mvc, new MockHttpSession(), username, CHOSEN, SignIn.newAddress())
                .getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void theAddFormSaysWhatIsWrongWithEachField() throws Exception {
        TestService s = fixtures.service();
        StaffId untrained = s.member("Una Untrained", EnumSet.of(Role.SUPERVISOR));
        MockHttpSession lead = SignIn.as(mvc, s.leadUsername(), Fixtures.PASSWORD);
        mvc.perform(post("/staff/new").session(lead).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the person's full name")))
                .andExpect(content().string(containsString("Enter a user name")))
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("Enter a temporary password")));
        mvc.perform(newStaff(lead, s.tag() + "-a", "too short")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The password must be 12 characters or more")));
        mvc.perform(newStaff(lead, s.tag() + "-b", "1qaz2wsx3edc")).andExpect(status().isOk())
                .andExpect(content().string(containsString("one of the most commonly used")));
        mvc.perform(newStaff(lead, s.tag() + "-c", "hello " + s.tag() + "-c!")).andExpect(status().isOk())
                .andExpect(content().string(containsString("must not contain the user name")));
        mvc.perform(newStaff(lead, s.allocatorUsername(), TEMPORARY)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This user name is already in use")));
        mvc.perform(newStaff(lead, s.tag() + "-d", TEMPORARY).param("supervisor", untrained.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has no supervisor training recorded")));
    }

    @Test
    void changingYourPasswordSaysWhatIsWrongAndEndsYourOtherSessions() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession here = SignIn.as(mvc, s.allocatorUsername(), Fixtures.PASSWORD);
        MockHttpSession elsewhere = SignIn.as(mvc, s.allocatorUsername(), Fixtures.PASSWORD);
        mvc.perform(changePassword(here, "not my password", CHOSEN, CHOSEN))
                .andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(changePassword(here, Fixtures.PASSWORD, "short", "short"))
                .andExpect(content().string(containsString("12 characters or more")));
        mvc.perform(changePassword(here, Fixtures.PASSWORD, Fixtures.PASSWORD, Fixtures.PASSWORD))
                .andExpect(content().string(containsString("must be different from your current password")));
        mvc.perform(changePassword(here, Fixtures.PASSWORD, CHOSEN, CHOSEN)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(here)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your password has been changed")));
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/sign-in?ended"));
    }

    @Test
    void anOldBcryptHashStillSignsInAndIsReplacedByArgon2() throws Exception {
        TestService s = fixtures.service();
        jdbc.sql("update staff set password_hash = ? where service_id = ? and id = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder().encode("stepwise-demo-2026"), s.id().value(),
                        s.allocator().value()).update();

        assertThat(SignIn.attempt(mvc, new MockHttpSession(), s.allocatorUsername(), "stepwise-demo-2026",
                SignIn.newAddress()).getResponse().getRedirectedUrl()).isEqualTo("/");

        assertThat(jdbc.sql("select password_hash from staff where id = ?").param(s.allocator().value())
                .query(String.class).single()).startsWith("{argon2}");
    }

    private static MockHttpServletRequestBuilder newStaff(MockHttpSession lead, String username, String password) {
        return post("/staff/new").session(lead).with(csrf())
                .param("fullName", "Nia Newbie").param("username", username).param("roles", "PWP")
                .param("password", password);
    }

    private static MockHttpServletRequestBuilder changePassword(MockHttpSession session, String current,
                                                                String chosen, String again) {
        return post("/account/password").session(session).with(csrf())
                .param("currentPassword", current).param("newPassword", chosen).param("confirmPassword", again);
    }
}
