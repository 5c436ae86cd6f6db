package vn.lienket.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console finds the platform, and how it behaves.
 *
 * @param gatewayUrl the public API every page calls, with the signed-in person's token
 * @param identityUrl the identity provider as the browser reaches it (sign-in, sign-out)
 * @param apiTimeout how long a page waits for the API before it says the platform is away
 * @param boardRefresh how often an open compliance board asks for changes
 */
@ConfigurationProperties("lienket.console")
public record ConsoleProperties(@DefaultValue("http://127.0.0.1:8080") String gatewayUrl,
                                @DefaultValue("http://127.0.0.1:9000") String identityUrl,
                                @DefaultValue("10s") Duration apiTimeout,
                                @DefaultValue("3s") Duration boardRefresh) {
}
