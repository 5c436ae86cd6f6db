package vn.lienket.identity.principals;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import vn.lienket.identity.IdentityProperties;

/** The authorization server reads its clients and people from the store, and hashes with one encoder. */
@Configuration(proxyBeanMethods = false)
class PrincipalsConfiguration {

    /** bcrypt for what it stores, and the prefixes ({@code {noop}}, {@code {argon2}}…) it reads. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(PrincipalStore store, IdentityProperties properties) {
        return new StoredClients(store, console(properties), properties.tokenTtl());
    }

    @Bean
    UserDetailsService people(PrincipalStore store) {
        return new StoredPeople(store);
    }

    @Bean
    TokenClaims tenantAndRoles(PrincipalStore store) {
        return new TokenClaims(store);
    }

    /**
     * The identity API's own check that a token's subject is not disabled: asked of the store on
     * every call, so here a disabled principal is refused at once (the services, which cannot ask
     * the store, refresh a list).
     */
    @Bean
    OAuth2TokenValidator<Jwt> notDisabled(PrincipalStore store) {
        return jwt -> jwt.getSubject() != null && store.isDisabled(jwt.getSubject())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        jwt.getSubject() + " is disabled", null))
                : OAuth2TokenValidatorResult.success();
    }

    /**
     * The console runs in a browser and can keep no secret: a public client that must prove its
     * code with PKCE, and may send the code only to its own registered addresses. It is part of the
     * platform, not an authority's system, so it stays in configuration.
     */
    private static RegisteredClient console(IdentityProperties properties) {
        IdentityProperties.Console console = properties.console();
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(console.clientId().getBytes()).toString())
                .clientId(console.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(console.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(console.postLogoutRedirectUris()))
                .scope("openid")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokenTtl()).build())
                .build();
    }
}
