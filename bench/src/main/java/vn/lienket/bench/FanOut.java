package vn.lienket.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.Topics;
import vn.lienket.e2e.LocalPlatform;
import vn.lienket.e2e.MasterPlanEdits;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;

/**
 * HCMC publishes a version, one after another; for each, the time from the publish response to
 * (a) the last of the members' revision-required events, which province-service writes after the
 * derived plan is stored as REVISION_REQUIRED, so it is an upper bound for "all derived plans
 * REVISION_REQUIRED", and (b) the last alert of that version accepted by the SMTP server or the
 * SMSC (the SENT step in the delivery log). Each publish waits for the previous one's alerts.
 */
final class FanOut {

    static final String PLAN = MasterPlanEdits.PLAN;

    record Sample(int version, double tenantsMillis, double alertsMillis, int alerts) {
    }

    private final LocalPlatform platform;
    private final ApiClient api;
    private final String hcmc;

    FanOut(LocalPlatform platform) {
        this.platform = platform;
        this.api = platform.api();
        this.hcmc = platform.token("ho-chi-minh-city");
    }

    List<Sample> run(int warmup, int publishes, int members) {
        List<Sample> samples = new ArrayList<>();
        try (KafkaConsumer<String, String> events = consumer()) {
            drain(events);
            for (int i = 0; i < warmup + publishes; i++) {
                long publishedAt = publish("Tỉnh Vĩnh Long (đo lần " + i + ")");
                int version = api.get(PLAN, hcmc).json().get("latestVersion").get("number").asInt();
                Map<String, Long> eventTimes = awaitRevisionEvents(events, version, members);
                List<Long> accepted = awaitAlertsAccepted(eventTimes.keySet());
                if (i >= warmup) {
                    long lastEvent = eventTimes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
                    long lastAlert = accepted.stream().mapToLong(Long::longValue).max().orElseThrow();
                    samples.add(new Sample(version, lastEvent - publishedAt, lastAlert - publishedAt, accepted.size()));
                    System.out.printf("v%d: tenants %d ms, %d alerts %d ms%n", version, lastEvent - publishedAt,
                            accepted.size(), lastAlert - publishedAt);
                }
            }
        }
        return samples;
    }

    /** Moves activity 2.3 and publishes; returns the wall-clock millis at which the publish response arrived. */
    private long publish(String location) {
        ApiClient.Response published = MasterPlanEdits.moveActivity23AndPublish(api, hcmc, location);
        long at = System.currentTimeMillis();
        require(published, 201);
        return at;
    }

    /** Event id to the broker's timestamp of each member's revision-required event for this version. */
    private Map<String, Long> awaitRevisionEvents(KafkaConsumer<String, String> events, int version, int members) {
        Map<String, Long> times = new HashMap<>();
        Set<String> provinces = new java.util.HashSet<>();
        long deadline = System.currentTimeMillis() + 120_000;
        while (provinces.size() < members) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + provinces.size() + " of " + members + " tenants told of v" + version);
            }
            events.poll(Duration.ofMillis(50)).forEach(record -> {
                IntegrationEvent event = IncomingEvents.parse(record).orElse(null);
                if (event instanceof DerivedPlanRevisionRequired required && required.masterVersion() == version
                        && provinces.add(required.provinceId())) {
                    times.put(required.eventId(), record.timestamp());
                }
            });
        }
        return times;
    }

    /**
     * The SENT time of every delivery for these events, once none of them is still waiting. Asks
     * the log for these events only, so the polling adds little to the service being measured.
     */
    private List<Long> awaitAlertsAccepted(Set<String> eventIds) {
        List<Long> accepted = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            accepted.clear();
            for (String eventId : eventIds) {
                List<JsonNode> deliveries = api.get("/api/notifications/deliveries?eventId=" + eventId, hcmc).json()
                        .valueStream().toList();
                if (deliveries.isEmpty()) {
                    return false;
                }
                for (JsonNode delivery : deliveries) {
                    JsonNode sent = delivery.get("timeline").valueStream()
                            .filter(step -> step.get("status").asString().equals("SENT")).findFirst().orElse(null);
                    if (sent == null) {
                        return false;
                    }
                    accepted.add(java.time.Instant.parse(sent.get("at").asString()).toEpochMilli());
                }
            }
            return true;
        });
        return accepted;
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(Topics.PROVINCE_PLANS));
        return consumer;
    }

    /** Joins the group; with offsets reset to the latest, it then reads only what the publishes cause. */
    private static void drain(KafkaConsumer<String, String> consumer) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (consumer.assignment().isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the bench consumer got no partitions");
            }
            consumer.poll(Duration.ofMillis(200));
        }
    }

    static void require(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
        }
    }
}
