package vn.lienket.notification.link;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console is, as the people alerted open it: every alert links to a page under it.
 *
 * @param baseUrl an absolute http(s) URL without a trailing slash ({@code LIENKET_CONSOLE_URL})
 */
@ConfigurationProperties("lienket.console")
public record ConsoleProperties(@DefaultValue("http://127.0.0.1:8090") String baseUrl) {

    public ConsoleProperties {
        if (baseUrl == null || !baseUrl.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new IllegalArgumentException("lienket.console.base-url must be an absolute http(s) URL without query, "
                    + "like http://127.0.0.1:8090; it is '" + baseUrl + "'");
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
    }
}
