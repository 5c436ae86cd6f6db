package vn.lienket.support.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;

/**
 * What the services rely on from the store, run against each store we support: one document per
 * aggregate, the event in the same write, and a stale write refused without changing anything.
 */
abstract class AggregateStoreContract {

    record Plan(String id, String title, int version) {
    }

    MongoClient client;
    MongoCollection<Document> collection;
    AggregateStore<Plan> store;

    abstract String uri();

    @BeforeEach
    void connect() {
        client = MongoClients.create(uri());
        collection = client.getDatabase("contract-" + UUID.randomUUID()).getCollection("plans");
        // the relay is not under test here: only its registration and wake-ups are exercised
        store = new AggregateStore<>(collection, Plan.class, Plan::id, "topic", Mockito.mock(OutboxRelay.class));
    }

    @AfterEach
    void close() {
        client.close();
    }

    static final AuditEntry AUDIT = new AuditEntry(Instant.parse("2026-11-23T02:00:00Z"), "ho-chi-minh-city",
            "ho-chi-minh-city", "test", null);

    static DerivedPlanCreated event(String id) {
        return new DerivedPlanCreated(id, Instant.now(), "kien-giang", "p", "ho-chi-minh-city", "m", "350/KH-UBND", 1, "Kế hoạch", null);
    }

    @Test
    void aWriteStoresTheStateAndItsEventsTogether() {
        store.insert(new Plan("a", "Kế hoạch", 1), List.of(event("e-1")), AUDIT);
        var read = store.find("a").orElseThrow();
        store.update(new Plan("a", "Kế hoạch 350", 2), read.revision(), List.of(event("e-2")), AUDIT);

        Document document = collection.find(Filters.eq("_id", "a")).first();
        assertThat(store.find("a").orElseThrow().value()).isEqualTo(new Plan("a", "Kế hoạch 350", 2));
        assertThat(document.getList("outbox", Document.class)).extracting(d -> d.getString("eventId"))
                .containsExactly("e-1", "e-2");
    }

    @Test
    void eachChangeCarriesItsAuditEntryAndARefusedOneAddsNone() {
        Instant at = Instant.parse("2026-11-23T02:00:00Z");
        store.insert(new Plan("e", "v1", 1), List.of(), new AuditEntry(at, "ho-chi-minh-city", "ho-chi-minh-city", "plan.created", "e"));
        long revision = store.find("e").orElseThrow().revision();
        store.update(new Plan("e", "v2", 2), revision, List.of(),
                new AuditEntry(at.plusSeconds(1), "ho-chi-minh-city", "ho-chi-minh-city", "draft.replaced", "e"));

        assertThatThrownBy(() -> store.update(new Plan("e", "stale", 3), revision, List.of(),
                new AuditEntry(at.plusSeconds(2), "x", "x", "draft.replaced", "stale")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.audit("e")).extracting(AuditEntry::action).containsExactly("plan.created", "draft.replaced");
        assertThat(store.find("e").orElseThrow().value().title()).isEqualTo("v2");
    }

    @Test
    void aStaleWriteIsRefusedAndChangesNothing() {
        store.insert(new Plan("b", "v1", 1), List.of(), AUDIT);
        long revision = store.find("b").orElseThrow().revision();
        store.update(new Plan("b", "v2", 2), revision, List.of(), AUDIT);

        assertThatThrownBy(() -> store.update(new Plan("b", "stale", 9), revision, List.of(event("e-3")), AUDIT))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store.insert(new Plan("b", "again", 1), List.of(), AUDIT))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.find("b").orElseThrow().value().title()).isEqualTo("v2");
        assertThat(collection.find(Filters.eq("_id", "b")).first().getList("outbox", Document.class)).isEmpty();
    }

    @Test
    void onlyDocumentsWithPendingEventsMatchTheRelaysQuery() {
        store.insert(new Plan("c", "with", 1), List.of(event("e-4")), AUDIT);
        store.insert(new Plan("d", "without", 1), List.of(), AUDIT);

        assertThat(collection.find(Filters.exists("outbox.0")).map(d -> d.getString("_id")).into(new java.util.ArrayList<>()))
                .containsExactly("c");
        collection.updateOne(Filters.eq("_id", "c"),
                new Document("$pull", new Document("outbox", new Document("eventId", "e-4"))));
        assertThat(collection.find(Filters.exists("outbox.0")).first()).isNull();
    }
}
