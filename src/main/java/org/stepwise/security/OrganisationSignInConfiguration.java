package org.stepwise.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Registers the organisation's identity provider, found through its discovery document, only when an
 * issuer is configured: otherwise no OpenID Connect bean exists and the sign-in page offers only the
 * local form.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfigured.class)
class OrganisationSignInConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcSettings settings) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(OrganisationSignIn.REGISTRATION)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .userNameAttributeName(settings.subjectClaim())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientName(settings.buttonLabel())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OrganisationSignIn organisationSignIn(OidcSettings settings) {
        return OrganisationSignIn.labelled(settings.buttonLabel());
    }

    @Bean
    StaffOidcUserService staffOidcUserService(StaffIdentities identities, OidcSettings settings) {
        return new StaffOidcUserService(identities, settings.subjectClaim());
    }
}
