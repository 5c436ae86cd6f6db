package vn.lienket.gateway.backends;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The instances of each backend a route names as {@code lb://NAME}: {@code instances.NAME} is a
 * list of base URIs (a comma-separated {@code PLAN_SERVICE_URI} binds to it). An instance that
 * refused a connection is tried last for {@code skipRefusedFor}, then as any other again.
 */
@ConfigurationProperties("lienket.backends")
public record BackendProperties(
        @DefaultValue Map<String, List<URI>> instances,
        @DefaultValue("2s") Duration skipRefusedFor) {
}
