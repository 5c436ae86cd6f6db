package vn.lienket.localstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store as the services reach it, through the real driver: a query that names the {@code _id}
 * beside other conditions, or asks a secondary index's field for a value, answers what it answered
 * before it was served from that index (the same query on a collection without the index is the
 * reference), and the file stays one mongo-java-server's own H2 backend reads.
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

    @Test
    void aQueryServedByASecondaryIndexAnswersWhatTheScanAnswers() {
        Path file = dir.resolve("store.mv");
        withDatabase(new StoreServer.HelloAnsweringH2Backend(file.toString()), db -> {
            MongoCollection<Document> indexed = db.getCollection("deliveries");
            MongoCollection<Document> scanned = db.getCollection("deliveries_unindexed");
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("eventId"), Indexes.descending("createdAtMillis")));
            indexed.createIndex(Indexes.ascending("smscIds"));
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.ascending("dueAt")));
            indexed.createIndex(Indexes.ascending("unit.id"));
            for (int i = 0; i < 60; i++) {
                Document delivery = new Document("_id", String.format("d-%02d", 59 - i)).append("eventId", "e-" + i % 7)
                        .append("authorityId", i % 2 == 0 ? "an-giang" : "can-tho").append("status", i % 3 == 0 ? "SENT" : "QUEUED")
                        .append("dueAt", (long) i).append("createdAtMillis", (long) (i * 37 % 60))
                        .append("smscIds", i % 4 == 0 ? List.of() : List.of("m-" + i, "m-" + (i + 1)))
                        .append("unit", new Document("id", "u-" + i % 5));
                if (i % 10 == 0) {
                    delivery.put("eventId", 42); // not a string: never a candidate, never asked for as one
                }
                indexed.insertOne(delivery);
                scanned.insertOne(delivery);
            }
            // a write that moves a document to another value, one that removes a value, and a delete
            for (MongoCollection<Document> c : List.of(indexed, scanned)) {
                c.updateOne(Filters.eq("_id", "d-03"), Updates.combine(Updates.set("eventId", "e-1"), Updates.set("status", "SENT")));
                c.updateMany(Filters.eq("eventId", "e-2"), Updates.pull("smscIds", "m-9"));
                c.updateOne(Filters.eq("_id", "d-10"), Updates.unset("eventId"));
                c.deleteMany(Filters.and(Filters.eq("eventId", "e-4"), Filters.eq("status", "QUEUED")));
            }

            List<Bson> queries = List.of(
                    Filters.eq("eventId", "e-1"),
                    Filters.and(Filters.or(Filters.eq("authorityId", "an-giang"), Filters.in("programmeId", "p")),
                            Filters.eq("eventId", "e-3")),
                    Filters.eq("smscIds", "m-10"),
                    Filters.eq("smscIds", "m-9"),
                    Filters.and(Filters.in("status", "QUEUED", "RETRYING"), Filters.lte("dueAt", 30L)),
                    Filters.and(Filters.eq("status", "SENT"), Filters.eq("eventId", "e-1"), Filters.ne("_id", "d-03")),
                    Filters.eq("eventId", "e-9"),
                    Filters.eq("eventId", 42),
                    Filters.eq("unit.id", "u-2"),
                    Filters.or(Filters.eq("eventId", "e-1"), Filters.eq("eventId", "e-2")));
            for (Bson query : queries) {
                assertThat(ids(indexed.find(query))).as("%s, in natural order", query).isEqualTo(ids(scanned.find(query)));
                assertThat(ids(indexed.find(query).sort(Sorts.descending("createdAtMillis", "_id")).limit(3)))
                        .as("%s, sorted and limited", query)
                        .isEqualTo(ids(scanned.find(query).sort(Sorts.descending("createdAtMillis", "_id")).limit(3)));
                assertThat(indexed.countDocuments(query)).as("%s, counted", query).isEqualTo(scanned.countDocuments(query));
            }
            assertThat(ids(indexed.find(Filters.eq("eventId", "e-1")))).as("the reference is not empty").hasSizeGreaterThan(5);
        });

        // reopened, the indexes are built again from the file and answer as before
        withDatabase(new StoreServer.HelloAnsweringH2Backend(file.toString()), db -> {
            MongoCollection<Document> indexed = db.getCollection("deliveries");
            MongoCollection<Document> scanned = db.getCollection("deliveries_unindexed");
            for (Bson query : List.of(Filters.eq("eventId", "e-1"), Filters.eq("smscIds", "m-10"), Filters.eq("unit.id", "u-3"))) {
                assertThat(ids(indexed.find(query))).as("%s", query).isNotEmpty().isEqualTo(ids(scanned.find(query)));
            }
            indexed.insertOne(new Document("_id", "d-new").append("eventId", "e-1"));
            assertThat(ids(indexed.find(Filters.eq("eventId", "e-1")))).contains("d-new");
        });
    }

    private static void withStore(H2Backend backend, java.util.function.Consumer<MongoCollection<Document>> use) {
        withDatabase(backend, db -> use.accept(db.getCollection("derived_plans")));
    }

    private static void withDatabase(H2Backend backend, java.util.function.Consumer<MongoDatabase> use) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            use.accept(client.getDatabase("kien-giang"));
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
