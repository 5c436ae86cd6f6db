package vn.lienket.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registered systems: one client per authority (its id is the tenant id) with its roles, and
 * other clients that name the tenant they act for (an authority's read-only system, the platform's).
 *
 * @param keyFile where the signing key is kept, so tokens stay valid across restarts
 */
@ConfigurationProperties("lienket.identity")
public record IdentityProperties(
        String keyFile,
        @DefaultValue("1h") Duration tokenTtl,
        Map<String, Client> clients) {

    /**
     * @param secret the client secret, with its encoding prefix ({@code {noop}} for local-stack defaults)
     * @param tenant the authority the client acts for; by default the client id, as for each authority's system
     */
    public record Client(String secret, List<String> roles, String tenant) {

        public String tenantOr(String clientId) {
            return tenant == null || tenant.isBlank() ? clientId : tenant;
        }
    }
}
