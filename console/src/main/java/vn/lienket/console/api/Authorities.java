package vn.lienket.console.api;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The names of the provinces and cities (the register every token may read), so pages say "Tỉnh
 * Kiên Giang" rather than {@code kien-giang}. Reference data: read once, again after an hour, and
 * never the reason a page fails: when the register cannot be read, the names already read stay and
 * an id is shown as itself. An id the register does not have (the platform's own tenant) asks again
 * at most once a minute.
 */
@Component("authorities")
public class Authorities {

    private static final Logger log = LoggerFactory.getLogger(Authorities.class);
    private static final Duration FRESH_FOR = Duration.ofHours(1);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private final Gateway gateway;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;
    private volatile Instant triedAt = Instant.EPOCH;
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();

    Authorities(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The authority's name, or its id when the register does not have it or cannot be read. */
    public String name(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        boolean stale = Instant.now().isAfter(readAt.plus(FRESH_FOR));
        if (stale || !names.containsKey(id) && unknown.add(id)) {
            refresh();
        }
        return names.getOrDefault(id, id);
    }

    /** Every authority of the register by id. */
    public Map<String, String> all() {
        if (Instant.now().isAfter(readAt.plus(FRESH_FOR))) {
            refresh();
        }
        return names;
    }

    private synchronized void refresh() {
        if (Instant.now().isBefore(triedAt.plus(RETRY_AFTER)) && !names.isEmpty()) {
            return;
        }
        triedAt = Instant.now();
        try {
            Map<String, String> read = new HashMap<>();
            String cursor = null;
            do {
                ApiResponse page = cursor == null ? gateway.get("/api/authorities?limit=200")
                        : gateway.get("/api/authorities?limit=200&cursor={cursor}", cursor);
                page.body().valueStream().forEach(a -> read.put(a.path("id").asString(), a.path("name").asString()));
                cursor = page.nextCursor();
            } while (cursor != null);
            names = Map.copyOf(read);
            unknown.clear();
            readAt = Instant.now();
        } catch (RuntimeException unreadable) {
            log.warn("The register of authorities could not be read; names stay as they were: {}", unreadable.toString());
        }
    }
}
