package vn.lienket.identity;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import vn.lienket.identity.keys.SigningKeys;

/**
 * Clients and people from configuration, the signing key ring, and the tenant, roles and audience
 * claims every service checks.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    /** The audience every service and the gateway require: a token minted for something else is refused. */
    static final String AUDIENCE = "lienket";

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.tokenTtl()).build();
        List<RegisteredClient> clients = new ArrayList<>(properties.clients().entrySet().stream()
                .map(e -> RegisteredClient.withId(e.getKey())
                        .clientId(e.getKey())
                        .clientSecret(e.getValue().secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens)
                        .build())
                .toList());
        // The console runs in a browser and can keep no secret: a public client that must prove its
        // code with PKCE, and may send the code only to its own registered addresses.
        IdentityProperties.Console console = properties.console();
        clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes(console.clientId().getBytes()).toString())
                .clientId(console.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(console.redirectUris()))
                .scope("openid")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens)
                .build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** The people who sign in to the console; their tenant and roles go into their tokens. */
    @Bean
    UserDetailsService people(IdentityProperties properties) {
        return new InMemoryUserDetailsManager(properties.people().entrySet().stream()
                .map(e -> User.withUsername(e.getKey()).password(e.getValue().password())
                        .roles(e.getValue().roles().toArray(String[]::new)).build())
                .toList());
    }

    /** Access tokens carry the tenant the caller acts for, its roles and the platform's audience. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tenantAndRoles(IdentityProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())) {
                IdentityProperties.Person person = properties.people().get(context.getPrincipal().getName());
                if (person != null) {
                    context.getClaims().claim("tenant", person.tenant()).claim("roles", person.roles()).audience(List.of(AUDIENCE));
                }
                return;
            }
            String clientId = context.getRegisteredClient().getClientId();
            IdentityProperties.Client client = properties.clients().get(clientId);
            if (client != null) {
                context.getClaims().claim("tenant", client.tenantOr(clientId)).claim("roles", client.roles()).audience(List.of(AUDIENCE));
            }
        };
    }

    @Bean
    SigningKeys signingKeys(IdentityProperties properties) {
        return new SigningKeys(Path.of(properties.keyFile()), properties.tokenTtl(), Clock.systemUTC());
    }

    /** What the JWKS endpoint publishes: the signing key and the retired ones whose tokens may still be live. */
    @Bean
    JWKSource<SecurityContext> publishedKeys(SigningKeys keys) {
        return (selector, context) -> selector.select(keys.published());
    }

    /** New tokens are signed by the ring's active key only. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.active())));
    }
}
