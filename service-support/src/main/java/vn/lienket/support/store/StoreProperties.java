package vn.lienket.support.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the service's store is. Short timeouts so an outage answers 503 quickly instead of hanging a request. */
@ConfigurationProperties("lienket.store")
public record StoreProperties(
        @DefaultValue("mongodb://127.0.0.1:27017") String uri,
        String database,
        @DefaultValue("3s") Duration timeout) {
}
