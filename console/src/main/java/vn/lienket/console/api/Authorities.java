package vn.lienket.console.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The names of the provinces and cities (the register every token may read), so pages say "Tỉnh
 * Kiên Giang" rather than {@code kien-giang}. Reference data: read once, again after an hour.
 */
@Component("authorities")
public class Authorities {

    private static final Duration FRESH_FOR = Duration.ofHours(1);
    private final Gateway gateway;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    Authorities(Gateway gateway) {
        this.gateway = gateway;
    }

    /** The authority's name, or its id when the register does not have it. */
    public String name(String id) {
        if (id == null) {
            return "";
        }
        if (Instant.now().isAfter(readAt.plus(FRESH_FOR)) || !names.containsKey(id)) {
            refresh();
        }
        return names.getOrDefault(id, id);
    }

    public Map<String, String> all() {
        name("");
        return names;
    }

    private synchronized void refresh() {
        if (Instant.now().isBefore(readAt.plusSeconds(30))) {
            return;
        }
        Map<String, String> read = new ConcurrentHashMap<>();
        String next = "/api/authorities?limit=200";
        while (next != null) {
            ApiResponse page = gateway.get(next);
            page.body().valueStream().forEach(a -> read.put(a.path("id").asString(), a.path("name").asString()));
            next = page.next();
        }
        names = read.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        readAt = Instant.now();
    }
}
