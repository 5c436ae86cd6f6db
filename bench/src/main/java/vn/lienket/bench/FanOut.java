package vn.lienket.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.Topics;
import vn.lienket.e2e.LocalPlatform;
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

    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";

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

    /** Edits the draft and publishes it; returns the wall-clock millis at which the publish response arrived. */
    private long publish(String location) {
        ApiClient.Response read = api.get(PLAN, hcmc);
        JsonNode sections = read.json().get("draft").get("sections");
        sections.forEach(section -> section.get("activities").forEach(activity -> {
            if ("2.3".equals(activity.get("code").asString())) {
                ((ObjectNode) activity).put("location", location);
            }
        }));
        require(api.put(PLAN + "/draft", hcmc, "{\"sections\":" + sections + "}", "If-Match", read.header("ETag")), 200);
        ApiClient.Response published = api.post(PLAN + "/versions", hcmc, "{\"revisionDueDate\":\""
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30) + "\"}");
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

    /** The SENT time of every delivery for these events, once none of them is still waiting. */
    private List<Long> awaitAlertsAccepted(Set<String> eventIds) {
        List<Long> accepted = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            accepted.clear();
            JsonNode log = api.get("/api/notifications/deliveries?limit=5000", hcmc).json();
            List<JsonNode> ours = log.valueStream().filter(d -> eventIds.contains(d.get("eventId").asString())).toList();
            Set<String> withDeliveries = ours.stream().map(d -> d.get("eventId").asString()).collect(Collectors.toSet());
            if (!withDeliveries.equals(eventIds)) {
                return false;
            }
            for (JsonNode delivery : ours) {
                String status = delivery.get("status").asString();
                if (!status.equals("SENT") && !status.equals("DELIVERED")) {
                    return false;
                }
                delivery.get("timeline").valueStream().filter(s -> s.get("status").asString().equals("SENT")).findFirst()
                        .ifPresent(s -> accepted.add(java.time.Instant.parse(s.get("at").asString()).toEpochMilli()));
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

    /** Joins the group and reaches the end of the topic before the first publish. */
    private static void drain(KafkaConsumer<String, String> consumer) {
        long until = System.currentTimeMillis() + 5_000;
        while (consumer.assignment().isEmpty() || System.currentTimeMillis() < until) {
            consumer.poll(Duration.ofMillis(200));
            if (!consumer.assignment().isEmpty() && System.currentTimeMillis() > until - 3_000) {
                break;
            }
        }
    }

    static void require(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.status() + ": " + response.body());
        }
    }
}
