package org.stepwise.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real sign-in form, as a browser does: with a session, a CSRF token, the session
 * fixation protection, the throttles and the session registry all taking part. Each caller may use its
 * own network address, so that tests sharing an application do not share the per-address count.
 */
public final class SignIn {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private SignIn() {
    }

    /** A network address no other test uses. */
    public static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    public static MvcResult attempt(MockMvc mvc, MockHttpSession session, String username, String password,
                                    String address) throws Exception {
        return mvc.perform(post("/sign-in").session(session).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("username", username).param("password", password))
                .andReturn();
    }

    /** Signs in and returns the signed-in session (whose id the sign-in changed). */
    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = attempt(mvc, new MockHttpSession(), username, password, newAddress());
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
