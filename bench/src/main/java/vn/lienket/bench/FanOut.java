package vn.lienket.bench;

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
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.web.PageRequest;

/**
 * HCMC publishes a version, one after another; for each, the time from the publish response to
 * (a) the last of the members' revision-required events, which province-service writes after the
 * derived plan is stored as REVISION_REQUIRED, so it is an upper bound for "all derived plans
 * REVISION_REQUIRED", and (b) the last alert of that version accepted by the SMTP server or the
 * SMSC (the SENT step in the delivery log). Each publish waits for the previous one's alerts.
 */
final class FanOut {

    record Sample(int version, double tenantsMillis, double alertsMillis, int alerts) {
    }

    private final LocalPlatform platform;
    private final ApiClient api;
    private final ApiClient deliveryLog;
    private final String hcmc;
    private final String planId;
    private final String plan;
    private final String activity;

    /** Publishes of HCMC's plan {@code planId}, each moving {@code activity}. */
    FanOut(LocalPlatform platform, String planId, String activity) {
        this.platform = platform;
        this.api = platform.api();
        // asked straight, not through the gateway: its CPU is shared with what is measured
        this.deliveryLog = new ApiClient(platform.service("notification-service"));
        this.hcmc = platform.token("ho-chi-minh-city");
        this.planId = planId;
        this.plan = "/api/master-plans/" + planId;
        this.activity = activity;
    }

    /**
     * {@code warmup} publishes not measured (the first also waits, up to {@code firstWait}, for
     * every member's consumer to have joined), then {@code publishes} measured ones.
     */
    List<Sample> run(int warmup, int publishes, int members, Duration firstWait) {
        List<Sample> samples = new ArrayList<>();
        ApiClient.Response master = api.get(plan, hcmc);
        require(master, 200);
        String programmeId = master.json().get("programmeId").asString();
        try (KafkaConsumer<String, String> events = consumer()) {
            drain(events);
            for (int i = 0; i < warmup + publishes; i++) {
                ApiClient.Response published = MasterPlanEdits.moveAndPublish(api, hcmc, plan, activity,
                        "Địa điểm đo lần " + i);
                long publishedAt = System.currentTimeMillis();
                require(published, 201);
                int version = published.json().get("number").asInt();
                Map<String, Long> eventTimes = awaitRevisionEvents(events, version, members,
                        i == 0 ? firstWait : Duration.ofSeconds(120));
                List<Long> accepted = awaitAlertsAccepted(programmeId, eventTimes.keySet());
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

    /** Event id to the broker's timestamp of each member's revision-required event for this version. */
    private Map<String, Long> awaitRevisionEvents(KafkaConsumer<String, String> events, int version, int members,
                                                  Duration wait) {
        Map<String, Long> times = new HashMap<>();
        Set<String> provinces = new java.util.HashSet<>();
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (provinces.size() < members) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + provinces.size() + " of " + members + " tenants told of v" + version);
            }
            events.poll(Duration.ofMillis(50)).forEach(record -> {
                IntegrationEvent event = IncomingEvents.parse(record).orElse(null);
                if (event instanceof DerivedPlanRevisionRequired required && required.masterPlanId().equals(planId)
                        && required.masterVersion() == version && provinces.add(required.provinceId())) {
                    times.put(required.eventId(), record.timestamp());
                }
            });
        }
        return times;
    }

    /**
     * The SENT time of every delivery for these events, once each has gone. The figure is the SENT
     * step's time in the log, so how often the benchmark looks changes only how long it waits, not
     * what it measures; it looks seldom and cheaply, so as to add little to the services it
     * measures: Kafka whether notification-service has consumed every event (it records an event's
     * deliveries before it commits it), then, every half second and straight to the service, one
     * page of the programme's newest deliveries, which hold this version's (the previous version's
     * were all sent before this one was published). Its first version asked three queue statuses
     * every half second and then each event's deliveries: 18 % of notification-service's CPU
     * samples over a 13-member fan-out were those requests.
     */
    private List<Long> awaitAlertsAccepted(String programmeId, Set<String> eventIds) {
        platform.awaitConsumedToTheEnd("notification-service.alerts", Topics.PROVINCE_PLANS, Duration.ofSeconds(180));
        // each member's tourism unit hears by email and SMS
        int expected = 2 * eventIds.size();
        String page = "/api/notifications/deliveries?programme=" + programmeId + "&limit="
                + Math.min(PageRequest.MAX_LIMIT, expected + 10);
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            List<JsonNode> deliveries = deliveryLog.get(page, hcmc).json().valueStream()
                    .filter(delivery -> eventIds.contains(delivery.get("eventId").asString())).toList();
            List<Long> times = new ArrayList<>();
            for (JsonNode delivery : deliveries) {
                delivery.get("timeline").valueStream()
                        .filter(step -> step.get("status").asString().equals("SENT")).findFirst()
                        .ifPresent(sent -> times.add(java.time.Instant.parse(sent.get("at").asString()).toEpochMilli()));
            }
            if (deliveries.size() >= expected && times.size() == deliveries.size()) {
                return times;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(times.size() + " of " + expected + " deliveries of events " + eventIds
                        + " went in 180 s: see /api/notifications/deliveries?eventId=…");
            }
            sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the alerts", e);
        }
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
