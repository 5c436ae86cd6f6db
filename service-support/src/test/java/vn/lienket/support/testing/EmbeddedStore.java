package vn.lienket.support.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One MongoDB-wire store per test JVM (mongo-java-server), reached by the services through the real
 * driver. A test can {@link #stop()} it (its port refuses connections, open ones are closed) and
 * {@link #start()} it again on the same port with its data kept, as the local stack's file store
 * restarts.
 */
public final class EmbeddedStore {

    /** Keeps its data when the server over it shuts down, so a restarted server serves the same data. */
    private static final MemoryBackend BACKEND = new MemoryBackend() {
        @Override
        public void close() {
        }
    };

    private static MongoServer server;
    private static int port;
    private static String uri;

    private EmbeddedStore() {
    }

    public static synchronized String uri() {
        if (uri == null) {
            server = new MongoServer(BACKEND);
            port = server.bind().getPort();
            uri = "mongodb://127.0.0.1:" + port;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedStore::stop));
        }
        return uri;
    }

    /** The store goes away: connections refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** The store is back on its port, with the data it had. */
    public static synchronized void start() {
        uri();
        if (server == null) {
            server = new MongoServer(BACKEND);
            server.bind(new InetSocketAddress("localhost", port));
        }
    }
}
