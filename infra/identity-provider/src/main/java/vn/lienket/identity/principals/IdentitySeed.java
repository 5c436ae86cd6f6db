package vn.lienket.identity.principals;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.lienket.identity.IdentityProperties;
import vn.lienket.support.security.Caller;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ApiException;

/**
 * The clients and people configuration names are registered at first start, through the same
 * {@link ClientRegistry} and {@link PersonRegistry} calls as the API's (same checks, same audit, by
 * the caller {@value #SEED}), and only when absent: once in the store, the store is the truth and
 * configuration is not read again for them. It runs before the server takes requests; the store may
 * still be starting (the local stack starts both at once), so it waits for it a while.
 */
@Component
class IdentitySeed implements SmartInitializingSingleton {

    static final String SEED = "identity-provider:seed";
    private static final Logger log = LoggerFactory.getLogger(IdentitySeed.class);
    private static final Caller CALLER = new Caller(SEED, "platform", Set.of(Roles.PLATFORM_ADMIN));
    private static final int ATTEMPTS = 30;

    private final IdentityProperties properties;
    private final PrincipalStore store;
    private final ClientRegistry clients;
    private final PersonRegistry people;

    IdentitySeed(IdentityProperties properties, PrincipalStore store, ClientRegistry clients, PersonRegistry people) {
        this.properties = properties;
        this.store = store;
        this.clients = clients;
        this.people = people;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                seed();
                return;
            } catch (MongoException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("The store is not answering yet ({}); seeding again in 2 s", e.toString());
                sleep(Duration.ofSeconds(2));
            }
        }
    }

    private void seed() {
        int created = 0;
        for (Map.Entry<String, IdentityProperties.Client> e : properties.clients().entrySet()) {
            if (store.find(e.getKey()).isEmpty() && register(() -> clients.registerConfigured(CALLER,
                    new ClientRegistry.Registration(e.getKey(), e.getValue().tenantOr(e.getKey()), e.getValue().roles()),
                    e.getValue().secret()))) {
                created++;
            }
        }
        for (Map.Entry<String, IdentityProperties.Person> e : properties.people().entrySet()) {
            if (store.find(e.getKey()).isEmpty() && register(() -> people.createConfigured(CALLER,
                    new PersonRegistry.NewPerson(e.getKey(), e.getValue().tenant(), e.getValue().roles()),
                    e.getValue().password()))) {
                created++;
            }
        }
        log.info("Identity seed: {} clients and people registered from configuration, the others were there", created);
    }

    /** Another instance may have registered it meanwhile: a 409 is as good as done. */
    private static boolean register(Runnable registration) {
        try {
            registration.run();
            return true;
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                return false;
            }
            throw new IllegalStateException("A configured client or person is not valid: " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
    }
}
