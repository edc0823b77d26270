package org.stepwise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Helpers for MockMvc tests that act as a particular member of staff. */
public abstract class WebTest {

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    private UserDetailsService users;

    /** Signs the request in as the named user, exactly as a real sign-in would load them. */
    protected RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
