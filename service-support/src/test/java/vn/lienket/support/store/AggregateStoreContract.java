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
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * What the services rely on from the store, run against each store we support: one document per
 * aggregate, the event in the same write, and a stale write refused without changing anything.
 */
abstract class AggregateStoreContract {

    record Plan(String id, String title, int version) {
    }

    MongoClient client;
    MongoCollection<Document> collection;
    MongoCollection<Document> trail;
    AggregateStore<Plan> store;

    abstract String uri();

    @BeforeEach
    void connect() {
        client = MongoClients.create(uri());
        var database = client.getDatabase("contract-" + UUID.randomUUID());
        collection = database.getCollection("plans");
        trail = database.getCollection("plans_audit");
        // the relay is not under test here: only its registration and wake-ups are exercised
        store = new AggregateStore<>(database, "plans", Plan.class, Plan::id, "topic", Mockito.mock(OutboxRelay.class));
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

    static AuditEntry entry(int n) {
        return new AuditEntry(Instant.parse("2026-11-23T02:00:00Z").plusSeconds(n), "ho-chi-minh-city", "ho-chi-minh-city",
                "draft.replaced", "change " + n);
    }

    @Test
    void theDocumentHoldsTheCurrentStateOnlyHoweverManyChangesItHad() {
        store.insert(new Plan("f", "v0", 0), List.of(), entry(0));
        for (int i = 1; i <= 30; i++) {
            store.update(new Plan("f", "v" + i, i), store.find("f").orElseThrow().revision(), List.of(), entry(i));
        }
        Document document = collection.find(Filters.eq("_id", "f")).first();
        assertThat(document).doesNotContainKey(AuditEntry.FIELD).doesNotContainKey("history");
        assertThat(document.getList(AuditTrail.PENDING, Document.class)).as("no copied entry waits in it")
                .isEmpty();
        assertThat(trail.countDocuments(Filters.eq("aggregate", "f"))).isEqualTo(31);
        assertThat(store.audit("f")).extracting(AuditEntry::detail).startsWith("change 0", "change 1").endsWith("change 30")
                .hasSize(31);
    }

    @Test
    void theTrailIsReadAPageAtATimeNewestFirstByCursor() {
        store.insert(new Plan("g", "v0", 0), List.of(), entry(0));
        for (int i = 1; i <= 6; i++) {
            store.update(new Plan("g", "v" + i, i), store.find("g").orElseThrow().revision(), List.of(), entry(i));
        }
        Page<AuditEntry> first = store.audit("g", PageRequest.first(3));
        assertThat(first.items()).extracting(AuditEntry::detail).containsExactly("change 6", "change 5", "change 4");
        assertThat(first.nextKey()).contains("4");
        Page<AuditEntry> second = store.audit("g", new PageRequest(3, first.nextKey()));
        assertThat(second.items()).extracting(AuditEntry::detail).containsExactly("change 3", "change 2", "change 1");
        Page<AuditEntry> last = store.audit("g", new PageRequest(3, second.nextKey()));
        assertThat(last.items()).extracting(AuditEntry::detail).containsExactly("change 0");
        assertThat(last.nextKey()).isEmpty();
        assertThatThrownBy(() -> store.audit("g", new PageRequest(3, java.util.Optional.of("x"))))
                .isInstanceOf(vn.lienket.support.web.ApiException.class);
    }

    @Test
    void aDocumentWithItsTrailEmbeddedAsBeforeReadsTheSameAndMovesItOutOnItsNextWrite() {
        collection.insertOne(new Document("_id", "h").append("title", "old").append("version", 2).append("revision", 2L)
                .append("outbox", List.of())
                .append(AuditEntry.FIELD, List.of(entry(0).toDocument(), entry(1).toDocument())));
        assertThat(store.audit("h")).extracting(AuditEntry::detail).containsExactly("change 0", "change 1");
        assertThat(store.audit("h", PageRequest.first(1)).items()).extracting(AuditEntry::detail).containsExactly("change 1");

        store.update(new Plan("h", "new", 3), 2L, List.of(), entry(2));

        assertThat(collection.find(Filters.eq("_id", "h")).first()).doesNotContainKey(AuditEntry.FIELD);
        assertThat(store.audit("h")).extracting(AuditEntry::detail).containsExactly("change 0", "change 1", "change 2");
        assertThat(store.audit("h", PageRequest.first(2)).items()).extracting(AuditEntry::detail)
                .containsExactly("change 2", "change 1");
        store.update(new Plan("h", "newer", 4), 3L, List.of(), entry(3));
        assertThat(store.audit("h")).extracting(AuditEntry::detail)
                .containsExactly("change 0", "change 1", "change 2", "change 3");
    }

    @Test
    void anEntryWrittenButNotYetCopiedIsReadAndCopiedByTheNextWrite() {
        // a writer that dies between its write and the copy leaves the entry pending in the document
        AggregateStore<Plan> dying = new AggregateStore<>(collection, Plan.class, Plan::id, "topic", Mockito.mock(OutboxRelay.class));
        store.insert(new Plan("i", "v0", 0), List.of(), entry(0));
        dying.update(new Plan("i", "v1", 1), 1L, List.of(), entry(1));
        assertThat(trail.countDocuments(Filters.eq("aggregate", "i"))).isEqualTo(1);
        assertThat(store.audit("i")).extracting(AuditEntry::detail).containsExactly("change 0", "change 1");
        assertThat(store.audit("i", PageRequest.first(5)).items()).extracting(AuditEntry::detail)
                .containsExactly("change 1", "change 0");

        store.update(new Plan("i", "v2", 2), 2L, List.of(), entry(2));

        assertThat(trail.countDocuments(Filters.eq("aggregate", "i"))).isEqualTo(3);
        assertThat(store.audit("i")).extracting(AuditEntry::detail).containsExactly("change 0", "change 1", "change 2");
    }

    @Test
    void twoInstancesWritingTheSameAggregateRecordEachWonChangeOnceAndNoLostOne() throws Exception {
        // a second instance of the service: its own store object over the same collections
        AggregateStore<Plan> other = new AggregateStore<>(
                client.getDatabase(collection.getNamespace().getDatabaseName()), "plans", Plan.class, Plan::id, "topic",
                Mockito.mock(OutboxRelay.class));
        store.insert(new Plan("j", "v0", 0), List.of(), entry(0));
        java.util.Set<String> won = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger attempt = new java.util.concurrent.atomic.AtomicInteger();
        Runnable writer = () -> {
            AggregateStore<Plan> mine = Thread.currentThread().getName().endsWith("a") ? store : other;
            for (int i = 0; i < 15; i++) {
                int n = attempt.incrementAndGet();
                var read = mine.find("j").orElseThrow();
                try {
                    mine.update(new Plan("j", "v" + n, n), read.revision(), List.of(event("e-" + n)), entry(n));
                    won.add("change " + n);
                } catch (ConcurrentUpdateException e) {
                    // the other instance wrote first: this change was not made, and leaves no entry
                }
            }
        };
        Thread a = new Thread(writer, "writer-a");
        Thread b = new Thread(writer, "writer-b");
        a.start();
        b.start();
        a.join();
        b.join();

        List<String> trail = store.audit("j").stream().map(AuditEntry::detail).toList();
        assertThat(trail).first().isEqualTo("change 0");
        assertThat(trail.subList(1, trail.size())).containsExactlyInAnyOrderElementsOf(won).doesNotHaveDuplicates();
        assertThat(trail).hasSize((int) store.find("j").orElseThrow().revision());
        assertThat(collection.find(Filters.eq("_id", "j")).first().getList("outbox", Document.class))
                .extracting(d -> d.getString("eventId")).hasSize(won.size()).doesNotHaveDuplicates();
    }

    /** The collection, with its bulk writes failing while {@code away} is set (the trail's collection unreachable). */
    @SuppressWarnings("unchecked")
    static MongoCollection<Document> failingBulkWrites(MongoCollection<Document> real, java.util.concurrent.atomic.AtomicBoolean away) {
        return (MongoCollection<Document>) java.lang.reflect.Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (away.get() && method.getName().equals("bulkWrite")) {
                        throw new com.mongodb.MongoSocketWriteException("the trail's collection is away",
                                new com.mongodb.ServerAddress(), new java.io.IOException("away"));
                    }
                    return invoke(method, real, args);
                });
    }

    /** The collection, running {@code between} once after the first read of it that completes (another instance's write). */
    @SuppressWarnings("unchecked")
    static MongoCollection<Document> afterARead(MongoCollection<Document> real, Runnable between) {
        return (MongoCollection<Document>) java.lang.reflect.Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    return result instanceof com.mongodb.client.FindIterable<?> found ? afterARead(found, between) : result;
                });
    }

    private static Object afterARead(com.mongodb.client.FindIterable<?> real, Runnable between) {
        return java.lang.reflect.Proxy.newProxyInstance(com.mongodb.client.FindIterable.class.getClassLoader(),
                new Class<?>[] {com.mongodb.client.FindIterable.class}, (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    if (result instanceof com.mongodb.client.FindIterable<?> found) {
                        return afterARead(found, between);
                    }
                    if (method.getName().equals("first") || method.getName().equals("forEach")) {
                        between.run();
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Runs {@code write} the first time only. */
    static Runnable once(Runnable write) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                write.run();
            }
        };
    }

    @Test
    void aWriteWhoseCopyFailsIsMadeAndNoEntryIsLostWhenTheNextCopiesFailToo() {
        var away = new java.util.concurrent.atomic.AtomicBoolean();
        AggregateStore<Plan> failing = new AggregateStore<>(collection, failingBulkWrites(trail, away), Plan.class, Plan::id,
                "topic", Mockito.mock(OutboxRelay.class));
        failing.insert(new Plan("k", "v0", 0), List.of(), entry(0));
        away.set(true);

        // each change is made and answers as made, its entries waiting in the document
        failing.update(new Plan("k", "v1", 1), 1L, List.of(), entry(1));
        failing.update(new Plan("k", "v2", 2), 2L, List.of(), entry(2));
        assertThat(store.find("k").orElseThrow().revision()).isEqualTo(3);
        assertThat(trail.countDocuments(Filters.eq("aggregate", "k"))).isEqualTo(1);
        assertThat(store.audit("k")).extracting(AuditEntry::detail).containsExactly("change 0", "change 1", "change 2");
        assertThat(store.audit("k", PageRequest.first(2)).items()).extracting(AuditEntry::detail)
                .containsExactly("change 2", "change 1");

        away.set(false);
        failing.update(new Plan("k", "v3", 3), 3L, List.of(), entry(3));

        assertThat(trail.countDocuments(Filters.eq("aggregate", "k"))).isEqualTo(4);
        assertThat(collection.find(Filters.eq("_id", "k")).first().getList(AuditTrail.PENDING, Document.class))
                .as("copied entries leave the document").isEmpty();
        assertThat(store.audit("k")).extracting(AuditEntry::detail)
                .containsExactly("change 0", "change 1", "change 2", "change 3");
    }

    @Test
    void aReadMissesNoEntryCopiedOrMovedOutBetweenItsTwoReads() {
        // an entry pending in the document (its writer died before copying it), then copied by another
        // write between the reader's two reads
        AggregateStore<Plan> dying = new AggregateStore<>(collection, Plan.class, Plan::id, "topic", Mockito.mock(OutboxRelay.class));
        for (String id : List.of("m", "n")) {
            store.insert(new Plan(id, "v0", 0), List.of(), entry(0));
            dying.update(new Plan(id, "v1", 1), 1L, List.of(), entry(1));
        }
        Runnable copying = once(() -> store.update(new Plan("m", "v2", 2), 2L, List.of(), entry(2)));
        AuditTrail whole = new AuditTrail(afterARead(collection, copying), afterARead(trail, copying));
        assertThat(whole.all("m")).extracting(d -> d.getString("detail")).containsSubsequence("change 0", "change 1");
        Runnable nextWrite = once(() -> store.update(new Plan("n", "v2", 2), 2L, List.of(), entry(2)));
        AuditTrail paged = new AuditTrail(afterARead(collection, nextWrite), afterARead(trail, nextWrite));
        assertThat(paged.newestFirst("n", PageRequest.first(5), d -> d.getString("detail")).items())
                .containsSubsequence("change 1", "change 0");

        // the trail embedded as before, moved out by another write between the two reads
        collection.insertOne(new Document("_id", "q").append("title", "old").append("version", 2).append("revision", 2L)
                .append("outbox", List.of())
                .append(AuditEntry.FIELD, List.of(entry(0).toDocument(), entry(1).toDocument())));
        Runnable moveOut = once(() -> store.update(new Plan("q", "new", 3), 2L, List.of(), entry(2)));
        AuditTrail moving = new AuditTrail(afterARead(collection, moveOut), afterARead(trail, moveOut));
        assertThat(moving.all("q")).extracting(d -> d.getString("detail")).containsSubsequence("change 0", "change 1");
    }

    @Test
    void anEntryAnOldInstancePushesToTheEmbeddedTrailAfterItWasMovedOutReplacesNone() {
        store.insert(new Plan("o", "v0", 0), List.of(), entry(0));
        store.update(new Plan("o", "v1", 1), 1L, List.of(), entry(1));
        // an instance of the version before (a rolling upgrade) writes as it did: its entry in the document's array
        collection.updateOne(Filters.eq("_id", "o"), com.mongodb.client.model.Updates.combine(
                com.mongodb.client.model.Updates.set("title", "v2"), com.mongodb.client.model.Updates.inc("revision", 1L),
                com.mongodb.client.model.Updates.push(AuditEntry.FIELD, entry(2).toDocument())));
        assertThat(store.audit("o")).extracting(AuditEntry::detail).containsExactly("change 0", "change 1", "change 2");
        assertThat(store.audit("o", PageRequest.first(1)).items()).extracting(AuditEntry::detail).containsExactly("change 2");

        store.update(new Plan("o", "v3", 3), 3L, List.of(), entry(3));

        assertThat(collection.find(Filters.eq("_id", "o")).first()).doesNotContainKey(AuditEntry.FIELD);
        assertThat(trail.countDocuments(Filters.eq("aggregate", "o"))).isEqualTo(4);
        assertThat(trail.find(Filters.eq("_id", "o/0")).first().getString("detail")).isEqualTo("change 0");
        // kept after the entries counted before it moved in: nothing replaced, nothing lost
        assertThat(store.audit("o")).extracting(AuditEntry::detail)
                .containsExactlyInAnyOrder("change 0", "change 1", "change 2", "change 3").startsWith("change 0", "change 1");
        store.update(new Plan("o", "v4", 4), 4L, List.of(), entry(4));
        assertThat(store.audit("o")).hasSize(5).extracting(AuditEntry::detail).endsWith("change 4");
    }
}
