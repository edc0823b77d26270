package org.stepwise.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect identity provider (Spring Authorization Server) on a loopback port, standing in
 * for NHS CIS2 or Entra ID. It knows two people, both signing in with {@link #PASSWORD}: one whose
 * identifier a test links to a member of staff, and one nobody is linked to.
 */
public final class TestIdentityProvider {

    public static final String LINKED_PERSON = "0b9e5d1a-cis2-linked-person";
    public static final String UNLINKED_PERSON = "7c41f0e2-cis2-unlinked-person";
    public static final String PASSWORD = "provider password";
    static final String CLIENT_ID = "stepwise";
    static final String CLIENT_SECRET = "stepwise test client secret";

    private static String issuer;

    private TestIdentityProvider() {
    }

    /** Starts the provider once per test run; the JVM's end stops it. */
    public static synchronized String issuer() {
        if (issuer == null) {
            AnnotationConfigServletWebServerApplicationContext provider = new AnnotationConfigServletWebServerApplicationContext();
            provider.register(Provider.class);
            provider.refresh();
            provider.registerShutdownHook();
            issuer = "http://127.0.0.1:" + provider.getWebServer().getPort();
        }
        return issuer;
    }

    /** Points Stepwise at the provider before the application context starts, as the settings would. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-identity-provider",
                    Map.of("stepwise.oidc.issuer-uri", issuer(),
                            "stepwise.oidc.client-id", CLIENT_ID,
                            "stepwise.oidc.client-secret", CLIENT_SECRET,
                            "stepwise.oidc.scopes", "openid",
                            "stepwise.oidc.button-label", "Sign in with Test Care Identity")));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.setAddress(InetAddress.getLoopbackAddress());
            return factory;
        }

        /** Tomcat runs filters only for a request some servlet is mapped to; the provider itself is all filters. */
        @Bean
        ServletRegistrationBean<HttpServlet> nothingElse() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }, "/");
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                // A person who is not signed in at the provider is shown its sign-in form, as a browser would be.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername(LINKED_PERSON).password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername(UNLINKED_PERSON).password("{noop}" + PASSWORD).roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost/login/oauth2/code/oidc")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's own user-info endpoint, which Stepwise does not call with the "openid" scope alone. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> signingKeys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
