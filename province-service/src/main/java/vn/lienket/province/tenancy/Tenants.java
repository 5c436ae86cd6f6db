package vn.lienket.province.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.support.web.ApiException;

/**
 * The tenants hosted by this process, each with its own database: a request for one never touches
 * another's. A province becomes a tenant when a programme event makes it a member (or when the
 * programmes kept in the store say so at start), at run time, and stays one: a member that leaves
 * keeps its data readable. Whoever must act on a new tenant (its consumer, its store) is told
 * through {@link #onHosted}. {@code lienket.province.tenants} gauges how many there are.
 */
@Component
public class Tenants {

    private static final Logger log = LoggerFactory.getLogger(Tenants.class);

    private final Map<String, String> tourismUnits = new ConcurrentHashMap<>();
    private final List<Consumer<String>> hostedListeners = new CopyOnWriteArrayList<>();
    private final TenantProperties properties;
    private final MongoClient client;

    Tenants(TenantProperties properties, MongoClient client, MeterRegistry meters) {
        this.properties = properties;
        this.client = client;
        Gauge.builder("lienket.province.tenants", tourismUnits, Map::size)
                .description("Province tenants hosted by this process").register(meters);
    }

    /**
     * Hosts the province (if this process hosts it at all) with the tourism unit that leads its
     * derived activities by default; a tenant already hosted only takes the new unit. True when it
     * was not hosted before, after every {@link #onHosted} listener has been told.
     */
    public boolean host(String provinceId, String tourismUnit) {
        if (!properties.admits(provinceId)) {
            return false;
        }
        String unit = tourismUnit == null ? "" : tourismUnit;
        boolean added = tourismUnits.put(provinceId, unit) == null;
        if (added) {
            log.info("Hosting province {} (tourism unit {}) in database {}", provinceId, unit, databaseName(provinceId));
            hostedListeners.forEach(listener -> listener.accept(provinceId));
        }
        return added;
    }

    /** Called with every province hosted from now on, and at once with those hosted already. */
    public void onHosted(Consumer<String> listener) {
        hostedListeners.add(listener);
        ids().forEach(listener);
    }

    public Set<String> ids() {
        return new TreeSet<>(tourismUnits.keySet());
    }

    public boolean hosts(String provinceId) {
        return tourismUnits.containsKey(provinceId);
    }

    /** Whether this process would host the province once it is a member; false under {@code only} for another. */
    public boolean admits(String provinceId) {
        return properties.admits(provinceId);
    }

    public String tourismUnit(String provinceId) {
        String unit = require(provinceId);
        return unit.isEmpty() ? null : unit;
    }

    public MongoDatabase database(String provinceId) {
        require(provinceId);
        return client.getDatabase(databaseName(provinceId));
    }

    /**
     * The database of a province whether this process hosts it or not: a successor reads its
     * predecessor's plans from it to take them over (a process that hosts only the successor too).
     */
    public MongoDatabase databaseOf(String provinceId) {
        return client.getDatabase(databaseName(provinceId));
    }

    private static String databaseName(String provinceId) {
        return "lienket-province-" + provinceId;
    }

    private String require(String provinceId) {
        String unit = tourismUnits.get(provinceId);
        if (unit == null) {
            throw ApiException.notFound("No province " + provinceId + " is hosted here");
        }
        return unit;
    }
}
