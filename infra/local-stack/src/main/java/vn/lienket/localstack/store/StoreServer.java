package vn.lienket.localstack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the MongoDB wire protocol on loopback from an H2 file, so services reach it only through
 * the real MongoDB Java Driver. Closed cleanly on SIGTERM; answers {@code hello} as {@code isMaster}.
 * Usage: {@code StoreServer <port> <data-file>}.
 */
public final class StoreServer {

    private static final Logger log = LoggerFactory.getLogger(StoreServer.class);

    private StoreServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        H2Backend backend = new HelloAnsweringH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        log.info("Store listening on 127.0.0.1:{}, data in {}", port, file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            backend.close();
            log.info("Store closed");
            stopped.countDown();
        }));
        stopped.await();
    }

    /**
     * Drivers and health checks ask {@code hello}; mongo-java-server knows it as {@code isMaster}.
     * Its collections are {@link IndexedCollection}s, with the non-unique indexes the services ask
     * for ({@link SecondaryIndex}) where mongo-java-server would ignore them.
     */
    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String file) {
            super(file);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String name) {
            return new IndexedDatabase(name, getCursorRegistry());
        }

        /** mongo-java-server's H2 database, its collections {@link IndexedCollection}s, in the same maps. */
        final class IndexedDatabase extends H2Database {

            IndexedDatabase(String name, CursorRegistry cursors) {
                super(name, getMvStore(), cursors);
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
                // the maps H2Database itself opens for a collection (mongo-java-server 1.47), so the file stays its
                String namespace = getFullCollectionNamespace(name);
                return new IndexedCollection(this, name, options, getMvStore().openMap("databases." + namespace),
                        getMvStore().openMap("meta." + namespace), cursorRegistry);
            }

            @Override
            protected Index<Object> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys,
                                                               boolean sparse) {
                return new SecondaryIndex(name, keys);
            }
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            if ("hello".equalsIgnoreCase(command)) {
                Document answer = super.handleCommand(channel, database, "isMaster", query);
                answer.put("isWritablePrimary", Boolean.TRUE);
                return answer;
            }
            return super.handleCommand(channel, database, command, query);
        }
    }

    /**
     * mongo-java-server serves a query from an index only when the query names exactly that
     * index's fields, and keeps no index that is not unique: {@code {_id: x, revision: 4}}, every
     * conditional write of the platform, and {@code {eventId: e, $or: […]}}, every read of the
     * delivery log, scanned the whole collection (60 % of the store's CPU over a fan-out). Real
     * MongoDB takes an index for them. This collection does so too: when the query asks the
     * {@code _id}, or the first field of a {@link SecondaryIndex}, for a value, at its top or in its
     * {@code $and}, the documents with that value are the only candidates (the fewest, if several
     * indexes serve), and the whole query is still matched against each, so what a query answers is
     * unchanged.
     */
    static final class IndexedCollection extends H2Collection {

        IndexedCollection(MongoDatabase database, String name, CollectionOptions options,
                          org.h2.mvstore.MVMap<Object, Document> data, org.h2.mvstore.MVMap<String, Object> meta,
                          CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fields) {
            Document byId = idEquality(query);
            if (byId != null) {
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fields);
                    }
                }
            }
            List<Object> candidates = secondaryCandidates(query, orderBy);
            if (candidates != null) {
                return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fields);
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
        }

        /**
         * The fewest candidates a secondary index gives for the query, in the order of their
         * {@code _id}s, as a scan would give them; null when none serves it.
         */
        private List<Object> secondaryCandidates(Document query, Document orderBy) {
            if (query == null || orderBy != null && orderBy.containsKey("$natural")) {
                return null;
            }
            Set<Object> fewest = null;
            for (Index<Object> index : getIndexes()) {
                if (index instanceof SecondaryIndex secondary) {
                    for (List<String> values : stringConditions(query, secondary.field())) {
                        Set<Object> candidates = secondary.candidates(values);
                        if (fewest == null || candidates.size() < fewest.size()) {
                            fewest = candidates;
                        }
                    }
                }
            }
            if (fewest == null) {
                return null;
            }
            List<Object> ordered = new ArrayList<>(fewest);
            ordered.sort(ValueComparator.asc());
            return ordered;
        }

        /**
         * Every condition of the query that the field equal one of some strings: {@code field: s},
         * {@code field: {$eq: s}} or {@code field: {$in: [s, …]}}, at the query's top or in its
         * {@code $and} (at any depth). An {@code $or}, a {@code $nor} or a {@code $not} is not looked into.
         */
        static List<List<String>> stringConditions(Document query, String field) {
            List<List<String>> found = new ArrayList<>();
            for (Map.Entry<String, Object> condition : query.entrySet()) {
                if (condition.getKey().equals("$and") && condition.getValue() instanceof List<?> all) {
                    for (Object each : all) {
                        if (each instanceof Document part) {
                            found.addAll(stringConditions(part, field));
                        }
                    }
                } else if (condition.getKey().equals(field)) {
                    List<String> values = strings(condition.getValue());
                    if (values != null) {
                        found.add(values);
                    }
                }
            }
            return found;
        }

        private static List<String> strings(Object condition) {
            if (condition instanceof String value) {
                return List.of(value);
            }
            if (condition instanceof Document operators) {
                if (operators.get("$eq") instanceof String value) {
                    return List.of(value);
                }
                if (operators.get("$in") instanceof Collection<?> values
                        && values.stream().allMatch(String.class::isInstance)) {
                    return values.stream().map(String.class::cast).toList();
                }
            }
            return null;
        }

        /** {@code {_id: …}} when the query asks for it beside other conditions, at its top or in its {@code $and}; else null. */
        static Document idEquality(Document query) {
            if (query == null || query.size() < 2 && !query.containsKey("$and")) {
                return null; // {_id: x} alone is the index's already; {} and one other field are not for it
            }
            if (query.containsKey("_id")) {
                return new Document("_id", query.get("_id"));
            }
            if (query.get("$and") instanceof List<?> conditions) {
                for (Object condition : conditions) {
                    if (condition instanceof Document c && c.size() == 1 && c.containsKey("_id")) {
                        return new Document("_id", c.get("_id"));
                    }
                }
            }
            return null;
        }
    }
}
