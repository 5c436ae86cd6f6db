package vn.lienket.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store as the services reach it, through the real driver: a query that names the {@code _id}
 * beside other conditions answers what it answered before it was served from the {@code _id}
 * index, and the file stays one mongo-java-server's own H2 backend reads.
 */
class StoreServerTest {

    @TempDir
    Path dir;

    @Test
    void aQueryNamingTheIdBesideOtherConditionsMatchesTheWholeQuery() {
        Path file = dir.resolve("store.mv");
        withStore(new StoreServer.HelloAnsweringH2Backend(file.toString()), plans -> {
            for (int i = 0; i < 20; i++) {
                plans.insertOne(new Document("_id", "plan-" + i).append("revision", (long) i % 3)
                        .append("lease", new Document("owner", i % 2 == 0 ? "relay-a" : "relay-b")));
            }

            assertThat(ids(plans.find(Filters.and(Filters.eq("_id", "plan-4"), Filters.eq("revision", 1L)))))
                    .containsExactly("plan-4");
            assertThat(ids(plans.find(Filters.and(Filters.eq("_id", "plan-4"), Filters.eq("revision", 2L)))))
                    .as("the other condition still decides").isEmpty();
            assertThat(ids(plans.find(new Document("_id", "plan-5").append("lease.owner", "relay-b"))))
                    .as("flat, as older drivers render it").containsExactly("plan-5");
            assertThat(ids(plans.find(Filters.and(Filters.in("_id", "plan-2", "plan-3", "plan-99"),
                    Filters.eq("lease.owner", "relay-a"))))).containsExactly("plan-2");
            assertThat(ids(plans.find(Filters.and(Filters.eq("_id", "nobody"), Filters.exists("lease")))))
                    .isEmpty();
            assertThat(ids(plans.find(Filters.and(Filters.gt("_id", "plan-7"), Filters.eq("revision", 0L)))))
                    .as("a range of ids is matched as before").containsExactlyInAnyOrder("plan-9");
            assertThat(ids(plans.find(Filters.eq("lease.owner", "relay-b")))).hasSize(10);

            // the conditional writes the services make: refused on a stale revision, made on the current one
            assertThat(plans.findOneAndUpdate(Filters.and(Filters.eq("_id", "plan-7"), Filters.eq("revision", 0L)),
                    Updates.inc("revision", 1L))).isNull();
            Document before = plans.findOneAndUpdate(Filters.and(Filters.eq("_id", "plan-7"), Filters.eq("revision", 1L)),
                    Updates.inc("revision", 1L), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
            assertThat(before.getLong("revision")).isEqualTo(1L);
            assertThat(plans.updateOne(Filters.and(Filters.eq("_id", "plan-7"), Filters.eq("lease.owner", "relay-a")),
                    Updates.unset("lease")).getMatchedCount()).isZero();
            assertThat(plans.updateOne(Filters.and(Filters.eq("_id", "plan-7"), Filters.eq("lease.owner", "relay-b")),
                    Updates.unset("lease")).getModifiedCount()).isEqualTo(1);
            assertThat(plans.find(Filters.eq("_id", "plan-7")).first()).doesNotContainKey("lease")
                    .containsEntry("revision", 2L);
        });

        // mongo-java-server's own backend reads the same file: the collections are in the maps it uses
        withStore(new H2Backend(file.toString()), plans -> {
            assertThat(plans.countDocuments()).isEqualTo(20);
            assertThat(plans.find(Filters.eq("_id", "plan-7")).first()).containsEntry("revision", 2L);
        });
    }

    private static void withStore(H2Backend backend, java.util.function.Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            use.accept(client.getDatabase("kien-giang").getCollection("derived_plans"));
        } finally {
            server.shutdown();
            backend.close();
        }
    }

    private static List<String> ids(Iterable<Document> found) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
