package vn.lienket.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.TestEvents;

/**
 * The platform's promise under faults, against the real processes of the local stack started as
 * {@code ./platform up} starts them: no province misses a change and no unit misses an alert, or
 * gets one twice. Each case injects one fault; the table of cases is printed at the end and written
 * to {@code target/reliability-cases.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    /** 2000 in CI; {@code LIENKET_RELIABILITY_OFFSET} moves it (to run the suite beside another stack). */
    static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("LIENKET_RELIABILITY_OFFSET", "2000"));
    static final LocalPlatform PLATFORM = new LocalPlatform(OFFSET, "reliability/target/platform-data",
            // retries after an outage come within seconds, not minutes
            Map.of("LIENKET_DELIVERY_MAXRETRY", "4s"));
    static final List<String> MEMBERS = Invariants.MEMBERS;
    static final String PLAN_ID = Invariants.PLAN_ID;
    static final String PLAN = Invariants.PLAN;
    static final LocalDate DUE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
    static final Duration SETTLE = Invariants.SETTLE;
    static final CaseTable CASES = new CaseTable();

    static ApiClient api;
    static Invariants checks;
    static String hcmc;
    static final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    static void up() throws Exception {
        PLATFORM.clean();
        PLATFORM.up();
        api = PLATFORM.api();
        checks = new Invariants(PLATFORM, api::get);
        hcmc = checks.hcmc;
        tokens.putAll(checks.tokens);
        await().atMost(SETTLE).until(() -> api.get(PLAN, hcmc).status() == 200
                && !api.get(PLAN, hcmc).json().get("latestVersion").isNull());
        awaitEveryTenantOn(1, "UP_TO_DATE");
    }

    @AfterAll
    static void down() {
        CASES.print(PLATFORM.root().resolve("reliability/target/reliability-cases.md"));
        PLATFORM.down();
    }

    @Test
    @Order(1)
    void provinceServiceKilledInTheMiddleOfABurstOf20Versions() throws Exception {
        CASES.run("province-service `kill -9` after 6 of 20 versions",
                "all 13 tenants on the latest version with the net pending changes plan-service computes; one"
                        + " revision event per tenant and version; every alert sent, none twice (log and servers); no"
                        + " event id twice on any topic", () -> {
                    int latest = 0;
                    for (int i = 1; i <= 20; i++) {
                        latest = publish("Tỉnh Vĩnh Long (đợt " + i + ")");
                        if (i == 6) {
                            PLATFORM.kill("province-service");
                        }
                    }
                    PLATFORM.up();

                    awaitEveryTenantOn(latest, "REVISION_REQUIRED");
                    assertNetPendingChangesMatchPlanService(latest);
                    assertOneRevisionEventPerTenantAndVersion();
                    assertEveryAlertSentOnce();
                    checks.assertNoEventOnATopicTwice();
                });
    }

    @Test
    @Order(2)
    void brokerStoppedWhileVersionsArePublished() throws Exception {
        CASES.run("Kafka broker stopped while 3 versions are published",
                "each publish answered 201 during the outage; after the broker returns every tenant reaches the"
                        + " last version and every version's event is on the topic; alerts sent once", () -> {
                    PLATFORM.stop("kafka");
                    List<Integer> versions = new ArrayList<>();
                    for (int i = 1; i <= 3; i++) {
                        versions.add(publish("Tỉnh Vĩnh Long (khi Kafka dừng, lần " + i + ")"));
                    }
                    PLATFORM.up();

                    int latest = versions.get(2);
                    awaitEveryTenantOn(latest, "REVISION_REQUIRED");
                    assertNetPendingChangesMatchPlanService(latest);
                    Set<Integer> onTopic = TestEvents.readAll(PLATFORM.kafkaBootstrap(), Topics.MASTER_PLANS,
                                    MasterPlanVersionPublished.class).stream()
                            .filter(e -> e.planId().equals(PLAN_ID)).map(MasterPlanVersionPublished::version)
                            .collect(Collectors.toSet());
                    assertThat(onTopic).containsAll(versions);
                    assertOneRevisionEventPerTenantAndVersion();
                    assertEveryAlertSentOnce();
                    checks.assertNoEventOnATopicTwice();
                });
    }

    @Test
    @Order(3)
    void mailAndSmsServersDownForAWhile() throws Exception {
        CASES.run("SMTP server and SMSC stopped, a version published, then both back",
                "alerts retried (RETRYING with the error) while down, none failed; after they return every"
                        + " tourism unit's email and SMS accepted once", () -> {
                    PLATFORM.stop("mail", "smsc");
                    int version = publish("Tỉnh Vĩnh Long (khi máy chủ thư dừng)");
                    awaitEveryTenantOn(version, "REVISION_REQUIRED");
                    await().atMost(SETTLE).untilAsserted(() -> assertThat(deliveries().stream()
                            .filter(d -> d.get("status").asString().equals("RETRYING")).count()).isGreaterThanOrEqualTo(26));
                    assertThat(deliveries()).noneMatch(d -> d.get("status").asString().equals("FAILED"));

                    checks.inboxesSince = Instant.now();
                    PLATFORM.up();

                    assertEveryAlertSentOnce();
                    for (String member : MEMBERS) {
                        assertThat(PLATFORM.mailbox(tourismMailbox(member))).as(member).hasSize(1);
                    }
                });
    }

    @Test
    @Order(4)
    void aPoisonRecordFromKafkasConsoleProducer() throws Exception {
        CASES.run("a non-event written to the master-plan topic with Kafka's console producer",
                "the record is parked on the dead-letter topic; the next version still reaches all 13 tenants", () -> {
                    String poison = "this is not a CloudEvent {" + System.nanoTime();
                    consoleProduce(Topics.MASTER_PLANS, poison);

                    await().atMost(SETTLE).untilAsserted(() -> assertThat(
                            TestEvents.readAll(PLATFORM.kafkaBootstrap(), Topics.deadLetter(Topics.MASTER_PLANS)))
                            .anyMatch(r -> poison.equals(r.value())));

                    // the operator sees it, parked by each of province-service's tenants, and a re-drive
                    // of a record that can never succeed leaves it parked with the new reason
                    await().atMost(SETTLE).untilAsserted(() -> assertThat(parkedRecords("province-service",
                            d -> poison.equals(d.get("value").asString()))).hasSizeGreaterThanOrEqualTo(MEMBERS.size()));
                    JsonNode parked = parkedRecords("province-service", d -> poison.equals(d.get("value").asString())).get(0);
                    assertThat(parked.get("status").asString()).isEqualTo("PARKED");
                    assertThat(parked.get("failure").asString()).isEqualTo("PERMANENT");
                    assertThat(parked.get("reason").asString()).isNotBlank();
                    assertThat(parked.get("offset").isNumber()).isTrue();
                    ApiClient.Response redrive = api.post(deadLetters("province-service") + "/"
                            + parked.get("id").asString() + "/redrive", admin(), "");
                    assertThat(redrive.status()).as(redrive.body()).isEqualTo(200);
                    assertThat(redrive.json().get("outcome").asString()).isEqualTo("FAILED_AGAIN");
                    assertThat(redrive.json().get("event").get("status").asString()).isEqualTo("PARKED");
                    assertThat(api.get(deadLetters("province-service") + "/" + parked.get("id").asString(),
                            tokens.get("kien-giang")).status()).as("an authority is no operator").isEqualTo(403);

                    int version = publish("Tỉnh Vĩnh Long (sau bản ghi hỏng)");
                    awaitEveryTenantOn(version, "REVISION_REQUIRED");
                    assertEveryAlertSentOnce();
                });
    }

    @Test
    @Order(5)
    void everyEventReplayedFromOffsetZeroToNewConsumerGroups() throws Exception {
        CASES.run("the three services restarted on new consumer groups: every topic replayed from offset 0",
                "derived plans, compliance, the delivery log and the servers' inboxes are identical before and"
                        + " after; nothing sent", () -> {
                    Map<String, String> before = snapshot();
                    String suffix = ".replay-" + System.currentTimeMillis();
                    PLATFORM.setEnvironment("LIENKET_MESSAGING_GROUPSUFFIX", suffix);
                    PLATFORM.stop("plan-service", "province-service", "notification-service");
                    PLATFORM.up();

                    for (String member : MEMBERS) {
                        PLATFORM.awaitConsumedToTheEnd("province-service." + member + suffix, Topics.MASTER_PLANS, SETTLE);
                    }
                    PLATFORM.awaitConsumedToTheEnd("plan-service.compliance" + suffix, Topics.PROVINCE_PLANS, SETTLE);
                    PLATFORM.awaitConsumedToTheEnd("notification-service.alerts" + suffix, Topics.PROVINCE_PLANS, SETTLE);
                    PLATFORM.awaitConsumedToTheEnd("notification-service.escalations" + suffix, Topics.COMPLIANCE, SETTLE);
                    PLATFORM.awaitConsumedToTheEnd("notification-service.escalations" + suffix, Topics.PROGRESS_DEADLINES, SETTLE);
                    TimeUnit.SECONDS.sleep(5); // past a digest window, in case anything had been queued

                    Map<String, String> after = snapshot();
                    assertThat(after.keySet()).isEqualTo(before.keySet());
                    before.forEach((what, value) -> assertThat(after.get(what)).as(what).isEqualTo(value));
                });
    }

    @Test
    @Order(6)
    void storeRestartedWhileServicesRun() throws Exception {
        CASES.run("the store stopped while the services run, then started again",
                "reads and writes answer 503 problems during the outage and change nothing; the write acknowledged"
                        + " before is kept; reads and writes succeed after", () -> {
                    String activity = "/api/provinces/kien-giang/derived-plans/" + PLAN_ID + "/activities/2.3";
                    String derived = "/api/provinces/kien-giang/derived-plans/" + PLAN_ID;
                    String kienGiang = tokens.get("kien-giang");
                    ApiClient.Response acknowledged = api.put(activity, kienGiang, fields("Báo Kiên Giang"),
                            "If-Match", api.get(derived, kienGiang).header("ETag"));
                    assertThat(acknowledged.status()).isEqualTo(200);
                    int latestBefore = latestVersion();

                    PLATFORM.stop("store");
                    ApiClient.Response read = api.get(derived, kienGiang);
                    ApiClient.Response write = api.put(activity, kienGiang, fields("Đài Phát thanh và Truyền hình Kiên Giang"),
                            "If-Match", acknowledged.header("ETag"));
                    ApiClient.Response publish = api.post(PLAN + "/versions", hcmc, "{\"revisionDueDate\":\"" + DUE + "\"}");
                    for (ApiClient.Response during : List.of(read, write, publish)) {
                        assertThat(during.status()).as(during.body()).isEqualTo(503);
                        assertThat(during.contentType()).startsWith("application/problem+json");
                    }

                    PLATFORM.up();
                    await().atMost(SETTLE).until(() -> api.get(derived, kienGiang).status() == 200);
                    assertThat(coordinatingUnits(api.get(derived, kienGiang).json())).containsExactly("Báo Kiên Giang");
                    assertThat(latestVersion()).isEqualTo(latestBefore);
                    assertThat(api.put(activity, kienGiang, fields("Báo Kiên Giang", "Đài PT-TH Kiên Giang"),
                            "If-Match", api.get(derived, kienGiang).header("ETag")).status()).isEqualTo(200);
                    assertThat(coordinatingUnits(api.get(derived, kienGiang).json()))
                            .containsExactly("Báo Kiên Giang", "Đài PT-TH Kiên Giang");
                });
    }

    @Test
    @Order(7)
    void storeStoppedForAboutFiftySecondsWhileProvinceServiceConsumesAVersion() throws Exception {
        CASES.run("the store stopped for about 50 s just after a publish reached Kafka, while province-service"
                        + " consumes it",
                "province-service's tenants wait on the store (health `consumers` OUT_OF_SERVICE), nothing is parked;"
                        + " after the store returns all 13 tenants are on the new version, no service lists a dead"
                        + " letter for it, alerts sent once", () -> {
                    String admin = admin();
                    // province-service is held (SIGSTOP) while the version is published and reaches Kafka, and
                    // the store is stopped before it goes on: it consumes the version with the store away
                    String province = Files.readString(PLATFORM.data().resolve("run/province-service.pid")).strip();
                    signal("STOP", province);
                    final int version;
                    final String eventId;
                    try {
                        version = publish("Tỉnh Vĩnh Long (khi kho dữ liệu dừng)");
                        await().atMost(SETTLE).until(() -> versionEvent(version) != null);
                        eventId = versionEvent(version).eventId();
                        PLATFORM.stop("store");
                    } finally {
                        signal("CONT", province);
                    }

                    await().atMost(SETTLE).untilAsserted(() -> {
                        JsonNode consumers = new ApiClient(PLATFORM.service("province-service"))
                                .get("/actuator/health", admin).json().get("components").get("consumers");
                        assertThat(consumers.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
                        assertThat(consumers.get("details").get("retrying").valueStream()
                                .filter(w -> eventId.equals(w.get("eventId").asString()))
                                .map(w -> w.get("waitingOn").asString())).hasSizeGreaterThanOrEqualTo(MEMBERS.size())
                                .containsOnly("store");
                    });
                    // the outage lasts about 50 s, far beyond the bounded retries of before; it parks nothing
                    await().during(Duration.ofSeconds(45)).atMost(Duration.ofSeconds(120)).until(() ->
                            TestEvents.readAll(PLATFORM.kafkaBootstrap(), Topics.deadLetter(Topics.MASTER_PLANS)).stream()
                                    .noneMatch(r -> eventId.equals(vn.lienket.support.messaging.IncomingEvents.header(r,
                                            vn.lienket.contracts.CloudEventHeaders.ID))));
                    PLATFORM.up();

                    awaitEveryTenantOn(version, "REVISION_REQUIRED");
                    assertNetPendingChangesMatchPlanService(version);
                    for (String service : List.of("plan-service", "province-service", "notification-service")) {
                        assertThat(parkedRecords(service, d -> eventId.equals(d.get("eventId").asString())))
                                .as("dead letters of " + service).isEmpty();
                    }
                    assertThat(TestEvents.readAll(PLATFORM.kafkaBootstrap(), Topics.deadLetter(Topics.MASTER_PLANS)))
                            .noneMatch(r -> eventId.equals(vn.lienket.support.messaging.IncomingEvents.header(r,
                                    vn.lienket.contracts.CloudEventHeaders.ID)));
                    assertOneRevisionEventPerTenantAndVersion();
                    assertEveryAlertSentOnce();
                });
    }

    @Test
    @Order(8)
    void anAuthorityInTwoProgrammesIsSeenByEachLeadOnlyInItsOwnProgramme() throws Exception {
        CASES.run("HCMC, lead of the Mekong programme and a member of the north-west one, gets an alert of the Mekong"
                        + " programme (Kiên Giang revises plan 350)",
                "through the gateway, Hà Giang (north-west lead) lists none of HCMC's Mekong deliveries, may neither"
                        + " read nor resend one, and its denials are in notification-service's trail; HCMC sees it", () -> {
                    String haGiang = PLATFORM.token("ha-giang");
                    int version = publish("Tỉnh Vĩnh Long (hai chương trình)");
                    awaitEveryTenantOn(version, "REVISION_REQUIRED");
                    reviseEveryPendingChange("kien-giang");
                    String hcmcUnit = "ho-chi-minh-city.so-du-lich";
                    await().atMost(SETTLE).until(() -> !mekongDeliveriesTo(hcmcUnit, hcmc).isEmpty());
                    String id = mekongDeliveriesTo(hcmcUnit, hcmc).get(0).get("id").asString();
                    String mekong = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);

                    assertThat(deliveries("/api/notifications/deliveries?tenant=ho-chi-minh-city&limit=200", haGiang))
                            .allSatisfy(d -> assertThat(d.get("programmeId").asString()).isEqualTo("northwest-hcmc-tourism"));
                    assertThat(api.get("/api/notifications/deliveries/" + mekong, haGiang).status()).isEqualTo(403);
                    assertThat(api.post("/api/notifications/deliveries/" + mekong + "/resend", haGiang, "").status())
                            .isEqualTo(403);
                    assertThat(api.get("/api/notifications/deliveries/" + mekong, hcmc).status()).isEqualTo(200);
                    JsonNode denials = new ApiClient(PLATFORM.service("notification-service"))
                            .get("/api/audit/denied-requests", haGiang).json();
                    assertThat(denials.valueStream().map(d -> d.get("method").asString() + " " + d.get("path").asString()))
                            .contains("GET /api/notifications/deliveries/" + mekong,
                                    "POST /api/notifications/deliveries/" + mekong + "/resend");
                });
    }

    @Test
    @Order(9)
    void upAMomentAfterAServiceWasKilledOutsideThePlatformStartsItAgain() throws Exception {
        CASES.run("`./platform up` at once after plan-service is killed with SIGKILL outside ./platform",
                "up exits 0 (it waits for the dying process and starts it again); plan-service answers", () -> {
                    java.nio.file.Path pidFile = PLATFORM.data().resolve("run/plan-service.pid");
                    long pid = Long.parseLong(Files.readString(pidFile).strip());
                    ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL, not waited for
                    PLATFORM.up(); // throws if ./platform up exits non-zero

                    assertThat(Long.parseLong(Files.readString(pidFile).strip())).isNotEqualTo(pid);
                    assertThat(api.get(PLAN, hcmc).status()).isEqualTo(200);
                });
    }

    /** The province resolves every pending change (adopting it, or dropping a removed activity) and publishes. */
    static void reviseEveryPendingChange(String province) {
        String plan = "/api/provinces/" + province + "/derived-plans/" + PLAN_ID;
        ApiClient.Response read = api.get(plan, tokens.get(province));
        String resolutions = read.json().get("pendingChanges").valueStream()
                .map(c -> "{\"changeId\":\"" + c.get("changeId").asString() + "\",\"decision\":\""
                        + ("REMOVED".equals(c.get("kind").asString()) ? "DROP" : "ADOPT") + "\"}")
                .collect(Collectors.joining(",", "{\"resolutions\":[", "]}"));
        ApiClient.Response revised = api.post(plan + "/versions", tokens.get(province), resolutions,
                "If-Match", read.header("ETag"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
    }

    static List<JsonNode> mekongDeliveriesTo(String unit, String token) {
        return deliveries("/api/notifications/deliveries?unit=" + unit + "&programme=hcmc-mekong-tourism&limit=200", token);
    }

    // --- the platform's answers ---------------------------------------------------------------

    static String admin;

    /** The platform operator's token (the identity provider's {@code platform-admin} client). */
    static String admin() {
        if (admin == null) {
            admin = PLATFORM.token("platform-admin");
        }
        return admin;
    }

    /** A service's parked records, through the gateway. */
    static String deadLetters(String service) {
        return "/api/operations/" + service + "/dead-letters";
    }

    /** The parked records of a service's master-plan listeners, in full, that match. */
    static List<JsonNode> parkedRecords(String service, java.util.function.Predicate<JsonNode> matching) {
        ApiClient.Response list = api.get(deadLetters(service) + "?topic=" + Topics.MASTER_PLANS + "&limit=200", admin());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream()
                .map(p -> api.get(deadLetters(service) + "/" + p.get("id").asString(), admin()).json())
                .filter(matching).toList();
    }

    /** The published version's event on the topic, if it is there yet; past the poison record case 4 wrote. */
    static MasterPlanVersionPublished versionEvent(int version) {
        return TestEvents.readAll(PLATFORM.kafkaBootstrap(), Topics.MASTER_PLANS).stream()
                .filter(r -> MasterPlanVersionPublished.TYPE.equals(vn.lienket.support.messaging.IncomingEvents.header(r,
                        vn.lienket.contracts.CloudEventHeaders.TYPE)))
                .map(r -> (MasterPlanVersionPublished) vn.lienket.support.messaging.IncomingEvents.parse(r).orElseThrow())
                .filter(e -> e.planId().equals(PLAN_ID) && e.version() == version).findFirst().orElse(null);
    }

    /** Holds (STOP) or lets go on (CONT) a process of the stack this suite started. */
    static void signal(String signal, String pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).as("kill -" + signal + " " + pid).isZero();
    }

    /** Moves activity 2.3 to a new location and publishes it; returns the version number. */
    static int publish(String location) {
        ApiClient.Response published = MasterPlanEdits.moveActivity23AndPublish(api, hcmc, location);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json().get("number").asInt();
    }

    static int latestVersion() {
        return checks.latestVersion();
    }

    static JsonNode derivedPlan(String member) {
        return checks.derivedPlan(member);
    }

    static void awaitEveryTenantOn(int version, String... statuses) {
        checks.awaitEveryTenantOn(version, statuses);
    }

    static void assertNetPendingChangesMatchPlanService(int latest) {
        checks.assertNetPendingChangesMatchPlanService(latest);
    }

    static void assertOneRevisionEventPerTenantAndVersion() {
        checks.assertOneRevisionEventPerTenantAndVersion();
    }

    static void assertEveryAlertSentOnce() {
        checks.assertEveryAlertSentOnce();
    }

    static List<JsonNode> deliveries() {
        return checks.deliveries();
    }

    static List<JsonNode> deliveries(String first, String token) {
        return checks.deliveries(first, token);
    }

    static String tourismMailbox(String authority) {
        return Invariants.tourismMailbox(authority);
    }

    /** Everything a replay could change, as text to compare. */
    static Map<String, String> snapshot() {
        // settled: an email sent, an SMS delivered (its receipt in), or failed over
        await().atMost(SETTLE).untilAsserted(() -> assertThat(deliveries()).allSatisfy(d -> {
            String status = d.get("status").asString();
            assertThat(status.equals("DELIVERED") || status.equals("FAILED_OVER")
                    || status.equals("SENT") && d.get("channel").asString().equals("EMAIL")).as(d.get("id").asString()).isTrue();
        }));
        Map<String, String> state = new LinkedHashMap<>();
        for (String member : MEMBERS) {
            state.put("derived plan of " + member, derivedPlan(member).toString());
            state.put("mailbox of " + member, String.valueOf(PLATFORM.mailbox(tourismMailbox(member)).size()));
        }
        state.put("compliance", api.get(PLAN + "/compliance", hcmc).json().toString());
        state.put("delivery log", deliveries().stream().sorted((a, b) -> a.get("id").asString().compareTo(b.get("id").asString()))
                .map(JsonNode::toString).collect(Collectors.joining("\n")));
        state.put("SMS received", String.valueOf(PLATFORM.sms().size()));
        return state;
    }

    static String fields(String... coordinatingUnits) {
        return "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":" + ApiClient.json(List.of(coordinatingUnits)) + "}";
    }

    static List<String> coordinatingUnits(JsonNode derivedPlan) {
        return derivedPlan.get("activities").valueStream().filter(a -> a.get("code").asString().equals("2.3"))
                .findFirst().orElseThrow().get("coordinatingUnits").valueStream().map(JsonNode::asString).toList();
    }

    /** One line to a topic with Kafka's own console producer, as an operator would type it. */
    static void consoleProduce(String topic, String line) throws Exception {
        String localStack = PLATFORM.root().resolve("infra/local-stack/target").toString();
        Process producer = new ProcessBuilder("java", "-cp", localStack + "/local-stack.jar:" + localStack + "/lib/*",
                "org.apache.kafka.tools.ConsoleProducer", "--bootstrap-server", PLATFORM.kafkaBootstrap(), "--topic", topic)
                .redirectErrorStream(true).start();
        producer.getOutputStream().write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        producer.getOutputStream().close();
        String output = new String(producer.getInputStream().readAllBytes());
        assertThat(producer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(producer.exitValue()).as(output).isZero();
    }
}
