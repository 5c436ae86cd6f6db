package vn.lienket.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a token whose {@code sub} (a client id or a username) the identity provider has disabled,
 * even one issued before: a token lives an hour, a disabled principal must be refused within a minute.
 *
 * <p>The list is the identity provider's {@code GET /oauth2/disabled}, fetched again every
 * {@code refresh} (30 s by default) on a thread of its own, so checking a token costs a set lookup
 * and never a call. When a fetch fails the last list fetched stays in force (fail open on the
 * refresh: the identity provider being away must not stop every service), and the failure shows in
 * {@link #state()}, which the health indicator and the metrics read.
 */
public final class DisabledPrincipals implements OAuth2TokenValidator<Jwt>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DisabledPrincipals.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI source;
    private final Duration refresh;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong failures = new AtomicLong();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "disabled-principals");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Set<String> subjects = Set.of();
    private volatile Instant refreshedAt;
    private volatile String lastError;

    public DisabledPrincipals(URI source, Duration refresh, Clock clock) {
        this.source = source;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** Starts refreshing now and every {@code refresh} after. */
    public DisabledPrincipals start() {
        scheduler.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String subject = token.getSubject();
        if (subject != null && subjects.contains(subject)) {
            return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    subject + " is disabled at the identity provider", null));
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** Fetches the list once; on failure keeps the one it has. */
    public void refresh() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(3))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("answered " + response.statusCode());
            }
            Set<String> fetched = new HashSet<>();
            JsonNode list = JSON.readTree(response.body()).path("subjects");
            list.forEach(subject -> fetched.add(subject.asString()));
            subjects = Set.copyOf(fetched);
            refreshedAt = clock.instant();
            lastError = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures.incrementAndGet();
            lastError = e.toString();
            log.warn("The disabled principals at {} could not be fetched ({}); the last list fetched ({} of them, at {}) stays in force",
                    source, e, subjects.size(), refreshedAt);
        }
    }

    /** What health and metrics show: how many are disabled, when the list was last fetched, the last failure. */
    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", source.toString());
        state.put("disabled", subjects.size());
        state.put("refreshedAt", refreshedAt == null ? "never" : refreshedAt.toString());
        state.put("stale", isStale());
        state.put("refreshFailures", failures.get());
        if (lastError != null) {
            state.put("lastError", lastError);
        }
        return state;
    }

    /** True when the list is older than two refresh intervals (or was never fetched). */
    public boolean isStale() {
        Instant at = refreshedAt;
        return at == null || at.plus(refresh.multipliedBy(2)).isBefore(clock.instant());
    }

    public int size() {
        return subjects.size();
    }

    /** Seconds since the list was last fetched; -1 before the first fetch. */
    public double ageSeconds() {
        Instant at = refreshedAt;
        return at == null ? -1 : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    public long refreshFailures() {
        return failures.get();
    }

    /**
     * Where the list is when no address is configured: beside the JWKS the service already fetches,
     * {@code …/oauth2/jwks} → {@code …/oauth2/disabled}.
     */
    public static URI besideJwks(String jwkSetUri) {
        return URI.create(jwkSetUri.replaceFirst("/oauth2/jwks/?$", "") + "/oauth2/disabled");
    }
}
