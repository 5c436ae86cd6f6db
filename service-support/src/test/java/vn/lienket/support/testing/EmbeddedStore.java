package vn.lienket.support.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** One MongoDB-wire store per test JVM (mongo-java-server), reached by the services through the real driver. */
public final class EmbeddedStore {

    private static MongoServer server;
    private static String uri;

    private EmbeddedStore() {
    }

    public static synchronized String uri() {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            var address = server.bind();
            uri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return uri;
    }
}
