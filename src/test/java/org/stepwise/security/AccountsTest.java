package org.stepwise.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.stepwise.IntegrationTest;

/**
 * An integration test of sign-in and sessions: the whole application with MockMvc, a clock the test can
 * move, and an OpenID Connect identity provider running inside the test suite. Every test class with
 * this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
public @interface AccountsTest {
}
