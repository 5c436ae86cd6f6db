package vn.lienket.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.lienket.access.Archives;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;

/**
 * The succession map: every {@link AuthoritySucceeded} of the register, by succession id, as
 * {@link SuccessionsReader} follows them on {@code lienket.authorities.v1} (a record again under the
 * same id replaces the first, a tombstone removes it). It answers the access rules
 * ({@link Archives}): an authority is an archive from the day its succession takes effect, today
 * being today in Ho Chi Minh City, and its successor is where the chain of successions in force
 * ends. A lookup reads an immutable index, never the broker.
 */
public final class SuccessionMap implements Archives {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;
    private final Map<String, AuthoritySucceeded> byId = new ConcurrentHashMap<>();
    /** Predecessor id → its successions, earliest first (the register allows one; the map does not rely on it). */
    private volatile Map<String, List<AuthoritySucceeded>> byPredecessor = Map.of();

    public SuccessionMap(Clock clock) {
        this.clock = clock;
    }

    /** A succession as the register published it; the same id again replaces it. */
    public synchronized void record(AuthoritySucceeded succession) {
        byId.put(succession.successionId(), succession);
        reindex();
    }

    /** A succession withdrawn (a tombstone on the compacted topic). */
    public synchronized void forget(String successionId) {
        if (byId.remove(successionId) != null) {
            reindex();
        }
    }

    public int size() {
        return byId.size();
    }

    private void reindex() {
        Map<String, List<AuthoritySucceeded>> index = new HashMap<>();
        byId.values().stream().sorted(Comparator.comparing(AuthoritySucceeded::effectiveOn)).forEach(s ->
                s.predecessors().forEach(p -> index.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(s)));
        index.replaceAll((k, v) -> List.copyOf(v));
        byPredecessor = Map.copyOf(index);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    @Override
    public Optional<Archive> archived(String authority) {
        if (authority == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        Map<String, List<AuthoritySucceeded>> index = byPredecessor;
        Optional<Archive> direct = direct(index, authority, today);
        if (direct.isEmpty()) {
            return direct;
        }
        String end = direct.get().succeededBy();
        String endName = direct.get().successorName();
        for (int hops = 1; hops < Archive.MAX_CHAIN; hops++) {
            Optional<Archive> next = direct(index, end, today);
            if (next.isEmpty() || next.get().succeededBy().equals(authority)) {
                break;
            }
            end = next.get().succeededBy();
            endName = next.get().successorName();
        }
        return Optional.of(direct.get().endingAt(end, endName));
    }

    private static Optional<Archive> direct(Map<String, List<AuthoritySucceeded>> index, String authority, LocalDate today) {
        return index.getOrDefault(authority, List.of()).stream().filter(s -> !s.effectiveOn().isAfter(today)).findFirst()
                .map(s -> {
                    String name = s.predecessors().stream().filter(p -> p.id().equals(authority)).map(AuthorityRef::name)
                            .findFirst().orElse(authority);
                    String successorName = s.successor().name() == null ? s.successor().id() : s.successor().name();
                    return new Archive(authority, name, s.successor().id(), s.successor().id(), successorName,
                            s.effectiveOn(), s.legalBasis(), s.successionId());
                });
    }

    /** What health shows: the successions known and the archives in force today. */
    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("successions", byId.size());
        state.put("archivedToday", byPredecessor.keySet().stream().filter(a -> archived(a).isPresent()).count());
        return state;
    }
}
