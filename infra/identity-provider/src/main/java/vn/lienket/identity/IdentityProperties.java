package vn.lienket.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registered systems: one client per authority (its id is the tenant id) with its roles.
 *
 * @param keyFile where the signing key is kept, so tokens stay valid across restarts
 */
@ConfigurationProperties("lienket.identity")
public record IdentityProperties(
        String keyFile,
        @DefaultValue("1h") Duration tokenTtl,
        Map<String, Client> clients) {

    /** @param secret the client secret, with its encoding prefix ({@code {noop}} for local-stack defaults) */
    public record Client(String secret, List<String> roles) {
    }
}
