package vn.lienket.identity.principals;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The authorization server's clients: the console's (from configuration: a public client that has
 * no secret to keep) and every client in the store that is not disabled. A disabled client is not
 * found, so it gets no token. Registration goes through {@link ClientRegistry}, never through
 * {@link #save}.
 */
final class StoredClients implements RegisteredClientRepository {

    private static final Logger log = LoggerFactory.getLogger(StoredClients.class);

    private final PrincipalStore store;
    private final RegisteredClient console;
    private final TokenSettings tokens;

    StoredClients(PrincipalStore store, RegisteredClient console, Duration tokenTtl) {
        this.store = store;
        this.console = console;
        this.tokens = TokenSettings.builder().accessTokenTimeToLive(tokenTtl).build();
    }

    /** The authorization server may ask to store a re-encoded secret; the store keeps the one it has. */
    @Override
    public void save(RegisteredClient client) {
        log.debug("Not saving client {}: clients change through the identity API", client.getClientId());
    }

    @Override
    public RegisteredClient findById(String id) {
        return console.getId().equals(id) ? console : findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (console.getClientId().equals(clientId)) {
            return console;
        }
        return store.find(clientId, Principal.Kind.CLIENT).map(v -> v.value()).filter(c -> !c.disabled())
                .map(this::registered).orElse(null);
    }

    private RegisteredClient registered(Principal client) {
        return RegisteredClient.withId(client.id())
                .clientId(client.id())
                .clientSecret(client.credential())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build();
    }
}
