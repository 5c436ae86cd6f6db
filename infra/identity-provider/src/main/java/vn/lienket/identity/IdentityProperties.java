package vn.lienket.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider's settings. Clients and people live in the store; those named here are the
 * seed, registered at first start through the identity API's own application services only when
 * absent (after that, configuration is not read again for them).
 *
 * @param keyFile where the signing keys are kept, so tokens stay valid across restarts and rotations
 * @param tokenTtl how long an access token lives; a retired signing key is published this long after rotation
 * @param clients seeded clients: one per authority's system (its id is the tenant id), and others that name the tenant they act for
 * @param people seeded people: the console's users by login name
 * @param console the console's public client
 */
@ConfigurationProperties("lienket.identity")
public record IdentityProperties(
        String keyFile,
        @DefaultValue("1h") Duration tokenTtl,
        @DefaultValue Map<String, Client> clients,
        @DefaultValue Map<String, Person> people,
        @DefaultValue Console console) {

    /**
     * @param secret the client secret, with its encoding prefix ({@code {noop}} for local-stack defaults)
     * @param tenant the authority the client acts for; by default the client id, as for each authority's system
     */
    public record Client(String secret, List<String> roles, String tenant) {

        public String tenantOr(String clientId) {
            return tenant == null || tenant.isBlank() ? clientId : tenant;
        }
    }

    /** @param password with its encoding prefix ({@code {bcrypt}…} outside the local stack) */
    public record Person(String password, String tenant, List<String> roles) {
    }

    /**
     * @param clientId the console's client id; it has no secret and must use PKCE
     * @param redirectUris where the console may receive the authorization code; after signing out
     *                     the console's {@code /signed-out} page on the same origin may be returned to
     */
    public record Console(@DefaultValue("console") String clientId,
                          @DefaultValue("http://127.0.0.1:8090/login/oauth2/code/identity") List<String> redirectUris) {

        /** {@code http://host:port/signed-out} for each origin a code may be sent to. */
        public List<String> postLogoutRedirectUris() {
            return redirectUris.stream().map(java.net.URI::create)
                    .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority() + "/signed-out").distinct().toList();
        }
    }
}
