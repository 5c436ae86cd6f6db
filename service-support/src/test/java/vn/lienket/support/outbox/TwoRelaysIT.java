package vn.lienket.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.testing.TestEvents;

/**
 * Two instances of a service: two relays over the same collection, each woken by the writes of its
 * own instance, both sweeping. Every entry goes exactly once, in its aggregate's order; an
 * aggregate left leased by a relay that died is taken over once its lease has run out.
 */
class TwoRelaysIT {

    record Plan(String id, int version) {
    }

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void broker() {
        broker = new EmbeddedKafkaKraftBroker(1, 2);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void twoRelaysSendEveryEntryOnceInItsAggregatesOrder() throws Exception {
        String topic = "two-relays-" + UUID.randomUUID();
        broker.addTopics(topic);
        MongoCollection<Document> collection = OutboxRelayIT.collection();
        KafkaTemplate<String, String> kafkaA = OutboxRelayIT.producer(broker.getBrokersAsString());
        KafkaTemplate<String, String> kafkaB = OutboxRelayIT.producer(broker.getBrokersAsString());
        OutboxRelay a = relay(kafkaA);
        OutboxRelay b = relay(kafkaB);
        AggregateStore<Plan> viaA = new AggregateStore<>(collection, Plan.class, Plan::id, topic, a);
        AggregateStore<Plan> viaB = new AggregateStore<>(collection, Plan.class, Plan::id, topic, b);
        a.start();
        b.start();
        int aggregates = 12;
        int versions = 8;
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (int n = 0; n < aggregates; n++) {
                String id = "plan-" + n;
                written.add(writers.submit(() -> {
                    for (int v = 1; v <= versions; v++) {
                        // alternate instances: each write wakes the relay of the instance that made it
                        boolean onA = v % 2 == 1;
                        AggregateStore<Plan> store = onA ? viaA : viaB;
                        OutboxRelay relay = onA ? a : b;
                        List<IntegrationEvent> events = List.of(event(id, v, "x"), event(id, v, "y"));
                        if (v == 1) {
                            store.insert(new Plan(id, v), events, audit());
                        } else {
                            Versioned<Plan> current = store.find(id).orElseThrow();
                            store.update(new Plan(id, v), current.revision(), events, audit());
                        }
                        relay.wake(collection, id);
                    }
                    return null;
                }));
            }
            for (Future<?> f : written) {
                f.get();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> collection.find(Filters.exists("outbox.0")).first() == null);
            List<ConsumerRecord<String, String>> records = TestEvents.readAll(broker.getBrokersAsString(), topic);
            List<String> ids = records.stream().map(r -> IncomingEvents.header(r, CloudEventHeaders.ID)).toList();
            assertThat(ids).as("every entry once").hasSize(aggregates * versions * 2).doesNotHaveDuplicates();
            Map<String, List<String>> byAggregate = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    LinkedHashMap::new, Collectors.mapping(r -> IncomingEvents.header(r, CloudEventHeaders.ID),
                            Collectors.toList())));
            for (int n = 0; n < aggregates; n++) {
                String id = "plan-" + n;
                List<String> expected = new ArrayList<>();
                for (int v = 1; v <= versions; v++) {
                    expected.add(id + "-" + v + "-x");
                    expected.add(id + "-" + v + "-y");
                }
                assertThat(byAggregate.get(id)).as("the order of " + id).containsExactlyElementsOf(expected);
            }
            assertThat(collection.find(Filters.exists(OutboxRelay.LEASE)).first()).as("every lease given back").isNull();
        } finally {
            writers.shutdownNow();
            a.stop();
            b.stop();
            kafkaA.destroy();
            kafkaB.destroy();
        }
    }

    @Test
    void anAggregateLeftLeasedByADeadRelayIsTakenOverOnceTheLeaseRunsOut() throws Exception {
        String topic = "two-relays-dead-" + UUID.randomUUID();
        broker.addTopics(topic);
        MongoCollection<Document> collection = OutboxRelayIT.collection();
        KafkaTemplate<String, String> kafka = OutboxRelayIT.producer(broker.getBrokersAsString());
        OutboxRelay survivor = relay(kafka);
        // as a relay leaves it when killed mid-send: leased (for an hour yet), its entries still there
        collection.insertOne(new Document("_id", "plan-dead").append("version", 1).append("revision", 1L)
                .append(OutboxEntry.FIELD, List.of(OutboxEntry.of(topic, event("plan-dead", 1, "x")).toDocument(),
                        OutboxEntry.of(topic, event("plan-dead", 1, "y")).toDocument()))
                .append(OutboxRelay.LEASE, new Document("owner", "killed-relay")
                        .append("until", System.currentTimeMillis() + 3_600_000)));
        survivor.watch(collection);
        try {
            survivor.relayAll(); // a whole round, synchronously: its sends are done when it returns
            assertThat(outbox(collection, "plan-dead")).as("left alone while the lease holds").hasSize(2);
            assertThat(TestEvents.readAll(broker.getBrokersAsString(), topic)).as("nothing sent under another's lease")
                    .isEmpty();

            collection.updateOne(Filters.eq("_id", "plan-dead"),
                    Updates.set(OutboxRelay.LEASE + ".until", System.currentTimeMillis() - 1)); // it has run out
            survivor.relayAll();
            assertThat(outbox(collection, "plan-dead")).as("taken over once the lease ran out").isEmpty();
            List<String> ids = idsOn(topic);
            assertThat(ids).as("each entry once, in order").containsExactly("plan-dead-1-x", "plan-dead-1-y");
            assertThat(collection.find(Filters.and(Filters.eq("_id", "plan-dead"), Filters.exists(OutboxRelay.LEASE)))
                    .first()).as("the lease given back").isNull();
        } finally {
            survivor.stop();
            kafka.destroy();
        }
    }

    /**
     * The relay that held the lease was killed after the broker acknowledged its first entry and
     * before it removed it: the survivor finds that entry on the topic and does not send it again.
     */
    @Test
    void anEntryADeadRelaySentWithoutRemovingItIsNotSentAgain() throws Exception {
        String topic = "two-relays-sent-" + UUID.randomUUID();
        broker.addTopics(topic);
        MongoCollection<Document> collection = OutboxRelayIT.collection();
        KafkaTemplate<String, String> kafka = OutboxRelayIT.producer(broker.getBrokersAsString());
        OutboxRelay survivor = relay(kafka);
        OutboxEntry sent = OutboxEntry.of(topic, event("plan-sent", 1, "x"));
        OutboxEntry left = OutboxEntry.of(topic, event("plan-sent", 1, "y"));
        kafka.send(sent.toRecord("/test")).get(); // what the killed relay did last
        collection.insertOne(new Document("_id", "plan-sent").append("version", 1).append("revision", 1L)
                .append(OutboxEntry.FIELD, List.of(sent.toDocument(), left.toDocument()))
                .append(OutboxRelay.LEASE, new Document("owner", "killed-relay")
                        .append("until", System.currentTimeMillis() - 1)));
        survivor.watch(collection);
        try {
            survivor.relayAll();
            assertThat(outbox(collection, "plan-sent")).as("both removed").isEmpty();
            List<String> ids = idsOn(topic);
            assertThat(ids).as("the entry already there not sent again").containsExactly("plan-sent-1-x", "plan-sent-1-y");
        } finally {
            survivor.stop();
            kafka.destroy();
        }
    }

    /**
     * A send failed without a verdict (here the broker had it; only the answer was lost) and the
     * relay gave the lease back: whichever relay comes next looks for the entry before sending it.
     */
    @Test
    void anEntryWhoseSendFailedIsLookedForBeforeItGoesAgain() throws Exception {
        String topic = "two-relays-doubt-" + UUID.randomUUID();
        broker.addTopics(topic);
        MongoCollection<Document> collection = OutboxRelayIT.collection();
        KafkaTemplate<String, String> kafka = OutboxRelayIT.producer(broker.getBrokersAsString());
        OutboxRelay next = relay(kafka);
        OutboxEntry onTopic = OutboxEntry.of(topic, event("plan-doubt", 1, "x"));
        OutboxEntry notSent = OutboxEntry.of(topic, event("plan-doubt", 2, "x"));
        kafka.send(onTopic.toRecord("/test")).get();
        collection.insertOne(new Document("_id", "plan-doubt").append("version", 2).append("revision", 2L)
                .append(OutboxEntry.FIELD, List.of(onTopic.toDocument(), notSent.toDocument()))
                .append(OutboxRelay.IN_DOUBT, onTopic.eventId()));
        next.watch(collection);
        try {
            next.relayAll();
            assertThat(outbox(collection, "plan-doubt")).isEmpty();
            assertThat(collection.find(Filters.and(Filters.eq("_id", "plan-doubt"), Filters.exists(OutboxRelay.IN_DOUBT)))
                    .first()).as("the doubt cleared with the entry").isNull();
            List<String> ids = idsOn(topic);
            assertThat(ids).containsExactly("plan-doubt-1-x", "plan-doubt-2-x");
        } finally {
            next.stop();
            kafka.destroy();
        }
    }

    /**
     * Relay A's last claim found the outbox empty but A has not given its lease back yet; instance 2
     * adds an entry, and relay B's sweep finds the aggregate leased. A then releases without looking
     * again: B must try it again soon, not leave it to its next sweep.
     */
    @Test
    void anAggregateASweepFoundLeasedIsTriedAgainAtTheNextRoundNotTheNextSweep() throws Exception {
        String topic = "two-relays-left-" + UUID.randomUUID();
        broker.addTopics(topic);
        MongoCollection<Document> collection = OutboxRelayIT.collection();
        KafkaTemplate<String, String> kafka = OutboxRelayIT.producer(broker.getBrokersAsString());
        // a sweep an hour apart: only the first round sweeps
        OutboxRelay b = new OutboxRelay(kafka, new OutboxProperties(Duration.ofMillis(200), Duration.ofSeconds(2), "/test",
                Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofSeconds(1)), new SimpleMeterRegistry());
        collection.insertOne(new Document("_id", "plan-left").append("version", 1).append("revision", 1L)
                .append(OutboxEntry.FIELD, List.of(OutboxEntry.of(topic, event("plan-left", 1, "x")).toDocument(),
                        OutboxEntry.of(topic, event("plan-left", 1, "y")).toDocument()))
                .append(OutboxRelay.LEASE, new Document("owner", "relay-a")
                        .append("until", System.currentTimeMillis() + 3_600_000)));
        b.watch(collection);
        try {
            b.round(); // its sweep finds plan-left leased by A
            assertThat(outbox(collection, "plan-left")).as("left alone while A holds it").hasSize(2);

            collection.updateOne(Filters.eq("_id", "plan-left"), Updates.unset(OutboxRelay.LEASE)); // A gives it back
            b.round(); // no sweep due
            assertThat(outbox(collection, "plan-left")).as("sent by B's next round").isEmpty();
            List<String> ids = idsOn(topic);
            assertThat(ids).containsExactly("plan-left-1-x", "plan-left-1-y");
        } finally {
            b.stop();
            kafka.destroy();
        }
    }

    /** The event ids on the topic, in the order they were written. */
    private static List<String> idsOn(String topic) {
        return TestEvents.readAll(broker.getBrokersAsString(), topic).stream()
                .map(r -> IncomingEvents.header(r, CloudEventHeaders.ID)).toList();
    }

    private static List<Document> outbox(MongoCollection<Document> collection, String id) {
        return collection.find(Filters.eq("_id", id)).first().getList(OutboxEntry.FIELD, Document.class, List.of());
    }

    private static OutboxRelay relay(KafkaTemplate<String, String> kafka) {
        // a short sweep, so the dead relay's aggregate is looked at soon after its lease runs out
        return new OutboxRelay(kafka, new OutboxProperties(Duration.ofMillis(200), Duration.ofSeconds(2), "/test",
                Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofSeconds(1)), new SimpleMeterRegistry());
    }

    private static DerivedPlanCreated event(String aggregate, int version, String which) {
        return new DerivedPlanCreated(aggregate + "-" + version + "-" + which, Instant.now(), aggregate, "p",
                "ho-chi-minh-city", "350", "350/KH-UBND", version, "Kế hoạch 350", null);
    }

    private static AuditEntry audit() {
        return new AuditEntry(Instant.now(), "test", "kien-giang", "plan.changed", null);
    }
}
