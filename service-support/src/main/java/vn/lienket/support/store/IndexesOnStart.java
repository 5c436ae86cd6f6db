package vn.lienket.support.store;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The indexes real MongoDB needs for a service's queries, created on start (creating an index that
 * exists is a no-op). The local stack's stand-in (mongo-java-server) serves only {@code _id} and
 * unique indexes and ignores the others: there the queries scan, on a real replica set they do not.
 * A store that is away at start is not fatal: the queries are right without them, only slower.
 * Each service lists its own, each named after the query it serves.
 */
public abstract class IndexesOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexesOnStart.class);

    /** A collection and its indexes. */
    public record Indexed(String collection, List<IndexModel> indexes) {
    }

    private final MongoDatabase database;
    private final List<Indexed> indexes;

    protected IndexesOnStart(MongoDatabase database, List<Indexed> indexes) {
        this.database = database;
        this.indexes = List.copyOf(indexes);
    }

    public List<Indexed> indexes() {
        return indexes;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            for (Indexed indexed : indexes) {
                database.getCollection(indexed.collection()).createIndexes(indexed.indexes());
            }
        } catch (RuntimeException e) {
            log.warn("Store indexes not created (store away?); queries work without them, only slower: {}", e.toString());
        }
    }
}
