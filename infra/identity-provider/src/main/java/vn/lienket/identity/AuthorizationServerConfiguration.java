package vn.lienket.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/** Clients from configuration, a persisted signing key, and the tenant and roles claims every service checks. */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties) {
        List<RegisteredClient> clients = properties.clients().entrySet().stream()
                .map(e -> RegisteredClient.withId(e.getKey())
                        .clientId(e.getKey())
                        .clientSecret(e.getValue().secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokenTtl()).build())
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** The audience every service and the gateway require: a token minted for something else is refused. */
    static final String AUDIENCE = "lienket";

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tenantAndRoles(IdentityProperties properties) {
        return context -> {
            String clientId = context.getRegisteredClient().getClientId();
            IdentityProperties.Client client = properties.clients().get(clientId);
            if (client != null) {
                context.getClaims().claim("tenant", client.tenantOr(clientId)).claim("roles", client.roles()).audience(List.of(AUDIENCE));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) throws IOException, ParseException, JOSEException {
        return new ImmutableJWKSet<>(new JWKSet(signingKey(Path.of(properties.keyFile()))));
    }

    private static RSAKey signingKey(Path file) throws IOException, ParseException, JOSEException {
        if (Files.exists(file)) {
            return RSAKey.parse(Files.readString(file));
        }
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, key.toJSONString());
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the key stays readable by its owner only where the OS allows
        }
        return key;
    }
}
