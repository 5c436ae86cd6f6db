package vn.lienket.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.Topics;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.TestEvents;

/**
 * What must hold after every fault, on one stack: every tenant on the last version with the right
 * pending changes, one revision event per tenant and version, every alert sent once (the log and the
 * servers' inboxes agree), nothing parked, no event on a topic twice. Both suites check with it.
 */
final class Invariants {

    static final ProgrammeFixture FIXTURE = ProgrammeFixture.hcmcMekong2024();
    static final List<String> MEMBERS = FIXTURE.programme().members();
    static final String PLAN_ID = "350-kh-ubnd-2024";
    static final String PLAN = MasterPlanEdits.PLAN;
    static final Duration SETTLE = Duration.ofSeconds(120);
    static final Pattern EMAIL_DIGEST = Pattern.compile("\\] (\\d+) thông báo mới");
    static final Pattern SMS_DIGEST = Pattern.compile("^(?:Liên Kết|Lien Ket), (\\d+) tin:");

    private final LocalPlatform platform;
    private final Api api;
    final String hcmc;
    final Map<String, String> tokens = new HashMap<>();
    /** When the mail and SMS servers last started empty: messages are counted from then. */
    Instant inboxesSince = Instant.EPOCH;

    /** @param api how the checks read through the gateway (one of them, in the cluster mode) */
    Invariants(LocalPlatform platform, Api api) {
        this.platform = platform;
        this.api = api;
        this.hcmc = platform.token("ho-chi-minh-city");
        MEMBERS.forEach(m -> tokens.put(m, platform.token(m)));
    }

    /** How the checks reach the platform: a GET through a gateway. */
    interface Api {
        ApiClient.Response get(String path, String token);
    }

    ApiClient.Response get(String path, String token) {
        return api.get(path, token);
    }

    int latestVersion() {
        await().atMost(SETTLE).until(() -> get(PLAN, hcmc).status() == 200);
        return get(PLAN, hcmc).json().get("latestVersion").get("number").asInt();
    }

    JsonNode derivedPlan(String member) {
        ApiClient.Response response = get("/api/provinces/" + member + "/derived-plans/" + PLAN_ID, tokens.get(member));
        assertThat(response.status()).as(member + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    void awaitEveryTenantOn(int version, String... statuses) {
        await().atMost(SETTLE).untilAsserted(() -> {
            for (String member : MEMBERS) {
                JsonNode plan = derivedPlan(member);
                assertThat(plan.get("latestMasterVersion").asInt()).as(member).isEqualTo(version);
                assertThat(plan.get("status").asString()).as(member).isIn((Object[]) statuses);
            }
        });
    }

    /** Each tenant's pending changes are exactly what plan-service reports between its base and the latest version. */
    void assertNetPendingChangesMatchPlanService(int latest) {
        for (String member : MEMBERS) {
            JsonNode plan = derivedPlan(member);
            int base = plan.get("basedOnVersion").asInt();
            JsonNode expected = get(PLAN + "/changes?from=" + base + "&to=" + latest, hcmc).json().get("changes");
            assertThat(changeKeys(plan.get("pendingChanges"))).as(member + " pending from v" + base)
                    .isEqualTo(changeKeys(expected)).isNotEmpty();
        }
    }

    private static List<String> changeKeys(JsonNode changes) {
        return changes.valueStream().map(c -> c.get("activityCode").asString() + " " + c.get("kind").asString() + " "
                + c.get("fields")).sorted().toList();
    }

    /** A crash must not make a province announce the same version twice under a new event id. */
    void assertOneRevisionEventPerTenantAndVersion() {
        Map<String, Set<String>> idsByTenantAndVersion = TestEvents.readAll(platform.kafkaBootstrap(),
                        Topics.PROVINCE_PLANS, DerivedPlanRevisionRequired.class).stream()
                .filter(e -> e.masterPlanId().equals(PLAN_ID))
                .collect(Collectors.groupingBy(e -> e.provinceId() + " v" + e.masterVersion(),
                        Collectors.mapping(DerivedPlanRevisionRequired::eventId, Collectors.toSet())));
        assertThat(idsByTenantAndVersion).isNotEmpty();
        assertThat(idsByTenantAndVersion).allSatisfy((key, ids) -> assertThat(ids).as(key).hasSize(1));
    }

    /**
     * No outbox entry sent twice: on every topic of the contract, each event id is on the topic once
     * (two relays that both sent an entry, or one that sent it again, would put it there twice).
     */
    void assertNoEventOnATopicTwice() {
        assertNoEventOnATopicTwiceBut(Set.of());
    }

    /** As {@link #assertNoEventOnATopicTwice()}, but for the events already twice before ({@link #eventsTwice()}). */
    void assertNoEventOnATopicTwiceBut(Set<String> before) {
        assertThat(eventsTwice().stream().filter(e -> !before.contains(e)).toList())
                .as("event ids on a topic more than once").isEmpty();
    }

    /** Every event on a topic of the contract more than once, as "topic id". */
    Set<String> eventsTwice() {
        Set<String> twice = new java.util.TreeSet<>();
        for (String topic : Topics.ALL) {
            TestEvents.readAll(platform.kafkaBootstrap(), topic).stream()
                    .map(r -> IncomingEvents.header(r, CloudEventHeaders.ID)).filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()))
                    .forEach((id, count) -> {
                        if (count > 1) {
                            twice.add(topic + " " + id);
                        }
                    });
        }
        return twice;
    }

    /** Nothing parked: every dead-letter topic of the contract is empty. */
    void assertNothingParked() {
        for (String topic : Topics.ALL) {
            List<ConsumerRecord<String, String>> parked = TestEvents.readAll(platform.kafkaBootstrap(), Topics.deadLetter(topic));
            assertThat(parked.stream().map(r -> r.topic() + "@" + r.offset() + " " + IncomingEvents.header(r,
                    CloudEventHeaders.ID)).toList()).as("parked from " + topic).isEmpty();
        }
    }

    /**
     * Every delivery in the log ends sent (or failed over to one that was), none was sent twice (a
     * delivery's timeline has one SENT at most), and what the mail and SMS servers received adds up
     * to the log exactly: a digest of k counts k. One more message anywhere would be an alert sent
     * twice; one fewer, an alert lost.
     */
    void assertEveryAlertSentOnce() {
        await().atMost(SETTLE).untilAsserted(() -> assertThat(deliveries())
                .allSatisfy(d -> assertThat(d.get("status").asString()).as(d.get("id").asString())
                        .isIn("SENT", "DELIVERED", "FAILED_OVER")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> log = deliveries();
            assertThat(log).allSatisfy(d -> assertThat(d.get("timeline").valueStream()
                    .filter(step -> step.get("status").asString().equals("SENT")).count())
                    .as("times " + d.get("id").asString() + " was sent").isLessThanOrEqualTo(1));
            for (String member : MEMBERS) {
                String mailbox = tourismMailbox(member);
                assertThat(countAlerts(platform.mailbox(mailbox), m -> m.get("subject").asString(), EMAIL_DIGEST))
                        .as("alerts in " + mailbox).isEqualTo(sentSince(log, mailbox));
            }
            Map<String, List<JsonNode>> smsByNumber = platform.sms().stream()
                    .collect(Collectors.groupingBy(s -> s.get("recipient").asString()));
            for (String member : MEMBERS) {
                String number = tourismNumber(member);
                assertThat(countAlerts(smsByNumber.getOrDefault(number, List.of()), s -> s.get("text").asString(), SMS_DIGEST))
                        .as("alerts by SMS to " + number).isEqualTo(sentSince(log, number));
            }
        });
    }

    private static long countAlerts(List<JsonNode> messages, Function<JsonNode, String> text, Pattern digest) {
        return messages.stream().mapToLong(m -> {
            Matcher matcher = digest.matcher(text.apply(m));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
        }).sum();
    }

    /** Deliveries to this recipient whose send was accepted after the servers last started empty. */
    private long sentSince(List<JsonNode> log, String recipient) {
        return log.stream().filter(d -> recipient.equals(d.get("recipient").asString()))
                .filter(d -> d.get("timeline").valueStream().anyMatch(step -> step.get("status").asString().equals("SENT")
                        && Instant.parse(step.get("at").asString()).isAfter(inboxesSince)))
                .count();
    }

    /** The whole delivery log HCMC sees: every page, following the Link header (a page holds at most 200). */
    List<JsonNode> deliveries() {
        return deliveries("/api/notifications/deliveries?limit=200", hcmc);
    }

    /** Every delivery the token sees from {@code first}, following the next links. */
    List<JsonNode> deliveries(String first, String token) {
        List<JsonNode> all = new java.util.ArrayList<>();
        String next = first;
        while (next != null) {
            ApiClient.Response response = get(next, token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().valueStream().forEach(all::add);
            String link = response.header("Link");
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
        }
        return all;
    }

    static String tourismMailbox(String authority) {
        return "so-du-lich@" + authority + ".lienket.example";
    }

    static String tourismNumber(String authority) {
        return "+8490000" + FIXTURE.authority(authority).gsoCode() + "1";
    }
}
