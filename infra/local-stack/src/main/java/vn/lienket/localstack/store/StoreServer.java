package vn.lienket.localstack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
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
     * Its collections find a document by {@code _id} through the {@code _id} index also when the
     * query names more than the {@code _id} ({@link IdNarrowingCollection}).
     */
    static final class HelloAnsweringH2Backend extends H2Backend {

        HelloAnsweringH2Backend(String file) {
            super(file);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String name) {
            return new IdNarrowingDatabase(name, getCursorRegistry());
        }

        /** mongo-java-server's H2 database, its collections {@link IdNarrowingCollection}s, in the same maps. */
        final class IdNarrowingDatabase extends H2Database {

            IdNarrowingDatabase(String name, CursorRegistry cursors) {
                super(name, getMvStore(), cursors);
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
                // the maps H2Database itself opens for a collection (mongo-java-server 1.47), so the file stays its
                String namespace = getFullCollectionNamespace(name);
                return new IdNarrowingCollection(this, name, options, getMvStore().openMap("databases." + namespace),
                        getMvStore().openMap("meta." + namespace), cursorRegistry);
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
     * index's fields: {@code {_id: x, revision: 4}} or {@code {$and: [{_id: x}, …]}}, every
     * conditional write of the platform, scanned the whole collection (60 % of the store's CPU over
     * a fan-out). Real MongoDB takes the {@code _id} index for them. This collection does so too:
     * the document with that {@code _id} (or none) is the only candidate, and the whole query is
     * still matched against it, so what a query answers is unchanged.
     */
    static final class IdNarrowingCollection extends H2Collection {

        IdNarrowingCollection(MongoDatabase database, String name, CollectionOptions options,
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
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
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
