package org.stepwise.security;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Deny by default: every page but sign-in and static assets needs a signed-in member of staff. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SecuritySettings.class, OidcSettings.class})
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, SessionRegistry sessions, Clock clock, SecuritySettings settings,
                            ObjectProvider<StaffOidcUserService> organisationSignIn) throws Exception {
        SignInSuccess success = new SignInSuccess(clock);
        SignInFailure failure = new SignInFailure();
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/sign-in", "/sign-in/not-recognised", "/webjars/**", "/css/**", "/js/**",
                        "/favicon.ico", "/favicon.svg", "/actuator/health", "/error").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/sign-in")
                .loginProcessingUrl("/sign-in")
                .successHandler(success)
                .failureHandler(failure)
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/sign-out")
                .logoutSuccessUrl("/sign-in?signed-out")
                .deleteCookies("JSESSIONID"))
            // Spring's default protection against session fixation (a new session id at sign-in) stays on.
            .sessionManagement(session -> session
                .sessionConcurrency(concurrency -> concurrency
                    .maximumSessions(-1)
                    .sessionRegistry(sessions)
                    .expiredUrl(SessionLifetimeFilter.ENDED)))
            .addFilterAfter(new EndedSessionFilter(), SecurityContextHolderFilter.class)
            .addFilterAfter(new SessionLifetimeFilter(clock, settings.sessionLifetime()), EndedSessionFilter.class)
            .addFilterBefore(new SignInStepsFilter(), AuthorizationFilter.class)
            // HSTS stays at Spring's default: sent on HTTPS requests only, never on plain-HTTP localhost.
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        StaffOidcUserService staffByIdentity = organisationSignIn.getIfAvailable();
        if (staffByIdentity != null) {
            http.oauth2Login(login -> login
                .loginPage("/sign-in")
                .userInfoEndpoint(users -> users.oidcUserService(staffByIdentity))
                .successHandler(success)
                .failureHandler(failure));
        }
        return http.build();
    }

    /**
     * Password sign-in: the one authentication provider, so every password check passes the throttles.
     * Account status is checked after the password rather than before (Spring's default), so that a
     * disabled account cannot be told from a wrong password without knowing the password.
     */
    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService staff, ObjectProvider<UserDetailsPasswordService> rehash,
                                          PasswordEncoder encoder, SignInThrottle names, SecuritySettings settings,
                                          Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff);
        passwords.setPasswordEncoder(encoder);
        rehash.ifAvailable(passwords::setUserDetailsPasswordService);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledSignIn(passwords, names, new AddressThrottle(clock, settings.addressRule()));
    }

    /**
     * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane) for new hashes. Bcrypt
     * hashes made before still verify and are replaced at the next sign-in. Bcrypt was left because it
     * reads only 72 bytes, which a 64-character passphrase in a non-Latin script exceeds.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(CommonPasswords.load());
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends or renames a session. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }
}
