package vn.lienket.gateway.edge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's limits: a request body of at most {@code maxBodySize}, an upload
 * ({@code multipart/form-data}: a document to import) of at most {@code maxUploadSize}; per client (a token's
 * subject, or the caller's address before it has one) {@code requestsPerSecond} on average with
 * bursts of {@code burst}; and the web console's origins allowed by CORS. An over-limit body of at
 * most {@code maxDrainSize} is read and dropped, for at most {@code maxDrainTime}, before the 413
 * goes out, so that a client that writes its whole body before reading can read the answer; an
 * over-limit upload, up to {@code maxUploadDrainSize} for {@code maxUploadDrainTime}.
 *
 * <p>The rate and the burst are the platform's, whatever the number of gateways: with
 * {@code gatewayInstances} of them, each allows its share ({@code 1/gatewayInstances}) of both, so
 * that together they never let a client through more than its limit.
 */
@ConfigurationProperties("lienket.gateway")
public record EdgeProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("21MB") DataSize maxUploadSize,
        @DefaultValue("50") int requestsPerSecond,
        @DefaultValue("100") int burst,
        @DefaultValue("http://localhost:5173") List<String> consoleOrigins,
        @DefaultValue("10m") Duration idleClientEviction,
        @DefaultValue("4MB") DataSize maxDrainSize,
        @DefaultValue("2s") Duration maxDrainTime,
        @DefaultValue("256MB") DataSize maxUploadDrainSize,
        @DefaultValue("10s") Duration maxUploadDrainTime,
        @DefaultValue("1") int gatewayInstances) {

    public EdgeProperties {
        if (gatewayInstances < 1) {
            throw new IllegalArgumentException("lienket.gateway.gateway-instances must be at least 1, not " + gatewayInstances);
        }
        if (burst < gatewayInstances) {
            // each gateway must be able to let one request through; below this, together they would exceed the burst
            throw new IllegalArgumentException("lienket.gateway.burst (" + burst + ") must be at least the number of gateways ("
                    + gatewayInstances + "), so that each gateway's share of it is a whole request");
        }
    }

    /** The requests a second this gateway allows one client: its share of the platform's rate. */
    public double ownRequestsPerSecond() {
        return (double) requestsPerSecond / gatewayInstances;
    }

    /** The burst this gateway allows one client: its share of the platform's burst (at least one request, as checked above). */
    public double ownBurst() {
        return (double) burst / gatewayInstances;
    }
}
