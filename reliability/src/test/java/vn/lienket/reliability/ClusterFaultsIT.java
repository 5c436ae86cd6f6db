package vn.lienket.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.lienket.contracts.Topics;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.support.testing.ApiClient;

/**
 * The platform's promise on the cluster mode of the local stack ({@code LIENKET_CLUSTER=true
 * ./platform up}: three KRaft brokers with replication factor 3 and {@code min.insync.replicas=2},
 * two instances of each service and of the gateway), under the faults of a cluster, each during a
 * burst of versions: a broker killed and then the active controller, one instance of every service
 * killed with {@code kill -9}, a rolling restart of every service. After each, every tenant is on the
 * last version, every alert went once, nothing is parked and no event is on a topic twice. The rate
 * limit a client gets holds across the two gateways. One stack serves every case; the table is
 * printed at the end and written to {@code target/reliability-cluster-cases.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    /** 2500 in CI (beside the single stack's 2000); {@code LIENKET_RELIABILITY_CLUSTER_OFFSET} moves it. */
    static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("LIENKET_RELIABILITY_CLUSTER_OFFSET", "2500"));
    static final LocalPlatform PLATFORM = new LocalPlatform(OFFSET, "reliability/target/cluster-data", true,
            // retries after an outage come within seconds, not minutes
            Map.of("LIENKET_DELIVERY_MAXRETRY", "4s"));
    static final CaseTable CASES = new CaseTable();
    static final List<String> SERVICES = List.of("plan-service", "province-service", "notification-service", "gateway");
    static final String AFTER_EACH = "every tenant on the last version with the net pending changes; one revision event"
            + " per tenant and version; every alert sent once (log, SMTP server and SMSC agree, no delivery sent"
            + " twice); nothing parked; no event id twice on any topic";

    static Gateways gateways;
    static Invariants checks;

    @BeforeAll
    static void up() throws Exception {
        PLATFORM.clean();
        PLATFORM.up();
        gateways = new Gateways(PLATFORM.gateways());
        checks = new Invariants(PLATFORM, gateways::get);
        await().atMost(Invariants.SETTLE).until(() -> gateways.get(Invariants.PLAN, checks.hcmc).status() == 200
                && !gateways.get(Invariants.PLAN, checks.hcmc).json().get("latestVersion").isNull());
        checks.awaitEveryTenantOn(1, "UP_TO_DATE");
    }

    @AfterAll
    static void down() {
        CASES.print(PLATFORM.root().resolve("reliability/target/reliability-cluster-cases.md"));
        PLATFORM.down();
    }

    @Test
    @Order(1)
    void aBrokerKilledThenTheActiveController() throws Exception {
        CASES.run("cluster: a broker `kill -9` after 3 of 8 versions; back, in sync; then the active controller after 3"
                + " of 8 more", AFTER_EACH, () -> {
                    Set<String> twiceBefore = checks.eventsTwice();
                    String controller = activeController();
                    String broker = PLATFORM.instancesOf("kafka").stream().filter(b -> !b.equals(controller))
                            .findFirst().orElseThrow();
                    burst("Tỉnh Vĩnh Long (khi " + broker + " chết, đợt ", 8, 3, () -> PLATFORM.kill(broker));
                    PLATFORM.up();
                    awaitEveryReplicaInSync();

                    String nextController = activeController();
                    int latest = burst("Tỉnh Vĩnh Long (khi bộ điều khiển " + nextController + " chết, đợt ", 8, 3,
                            () -> PLATFORM.kill(nextController));
                    PLATFORM.up();
                    assertThat(activeController()).as("a controller elected").isNotNull();

                    assertAfterEachFault(latest, twiceBefore);
                    awaitEveryReplicaInSync();
                });
    }

    @Test
    @Order(2)
    void oneInstanceOfEveryServiceKilled() throws Exception {
        CASES.run("cluster: one instance of plan-, province-, notification-service and the gateway `kill -9` after 3"
                + " of 8 versions", AFTER_EACH, () -> {
                    Set<String> twiceBefore = checks.eventsTwice();
                    int latest = burst("Tỉnh Vĩnh Long (một bản mỗi dịch vụ chết, đợt ", 8, 3,
                            () -> PLATFORM.kill(SERVICES.toArray(String[]::new)));
                    PLATFORM.up();
                    assertAfterEachFault(latest, twiceBefore);
                });
    }

    @Test
    @Order(3)
    void aRollingRestartOfEveryService() throws Exception {
        CASES.run("cluster: rolling restart (SIGTERM, then up) of every service: the first instances, 2 versions"
                + " published, then the second instances, 2 more", AFTER_EACH, () -> {
                    Set<String> twiceBefore = checks.eventsTwice();
                    int latest = 0;
                    for (String suffix : List.of("", "-2")) {
                        PLATFORM.stop(SERVICES.stream().map(s -> s + suffix).toArray(String[]::new));
                        latest = burst("Tỉnh Vĩnh Long (khởi động lại" + suffix + ", đợt ", 2, 0, () -> { });
                        PLATFORM.up();
                    }
                    assertAfterEachFault(latest, twiceBefore);
                });
    }

    @Test
    @Order(4)
    void theRateLimitHoldsAcrossBothGateways() throws Exception {
        CASES.run("cluster: one client's requests spread over both gateways as fast as 8 threads send them",
                "what both gateways let through together is within the one limit of a client (burst + rate x"
                        + " elapsed), not twice it; the rest are 429", () -> {
                    // one client that nothing else uses now; its bucket is full after the cases before
                    String client = checks.tokens.get("tra-vinh");
                    TimeUnit.SECONDS.sleep(3);
                    int requests = 400;
                    AtomicInteger accepted = new AtomicInteger();
                    AtomicInteger limited = new AtomicInteger();
                    List<ApiClient> both = PLATFORM.gateways().stream().map(ApiClient::new).toList();
                    ExecutorService threads = Executors.newFixedThreadPool(8);
                    long start = System.nanoTime();
                    List<Future<?>> sent = new ArrayList<>();
                    for (int i = 0; i < requests; i++) {
                        ApiClient gateway = both.get(i % both.size());
                        sent.add(threads.submit(() -> {
                            int status = gateway.get("/api/provinces/tra-vinh/derived-plans/" + Invariants.PLAN_ID, client).status();
                            (status == 429 ? limited : accepted).incrementAndGet();
                        }));
                    }
                    for (Future<?> request : sent) {
                        request.get(2, TimeUnit.MINUTES);
                    }
                    double elapsed = (System.nanoTime() - start) / 1e9;
                    threads.shutdown();
                    int perSecond = 50;
                    int burst = 100;
                    // the one bucket's allowance over the time the requests took, and a tenth of a burst for the
                    // share a gateway may hold ahead of its spending
                    long allowance = Math.round(burst + perSecond * elapsed + burst / 10.0);
                    // On a machine too slow to outpace the limit nothing is refused and the bound holds
                    // trivially; fast enough, two gateways each allowing the whole limit exceed it. (The
                    // gateway's own RateLimitsAcrossGatewaysIT proves the share without depending on speed.)
                    assertThat(accepted.get()).as("let through of %d in %.1f s (limit %d/s, burst %d; %d answered 429)",
                            requests, elapsed, perSecond, burst, limited.get()).isLessThanOrEqualTo((int) allowance);
                });
    }

    /**
     * The invariants after a fault; the last version is the one the burst ended on. An event already
     * on a topic twice before the case is a case before's finding, not this one's.
     */
    static void assertAfterEachFault(int latest, Set<String> twiceBefore) {
        assertThat(checks.latestVersion()).as("one version per accepted publish").isEqualTo(latest);
        checks.awaitEveryTenantOn(latest, "REVISION_REQUIRED");
        checks.assertNetPendingChangesMatchPlanService(latest);
        checks.assertOneRevisionEventPerTenantAndVersion();
        checks.assertEveryAlertSentOnce();
        checks.assertNothingParked();
        checks.assertNoEventOnATopicTwiceBut(twiceBefore);
    }

    /**
     * Publishes {@code versions} versions one after another through the gateways, the fault injected
     * after the {@code faultAfter}-th; a publish that fails while an instance is away is tried again
     * (from reading the draft) until it is accepted. Returns the latest version.
     */
    static int burst(String label, int versions, int faultAfter, Runnable fault) throws Exception {
        int before = checks.latestVersion();
        for (int i = 1; i <= versions; i++) {
            publish(label + i + ")");
            if (i == faultAfter) {
                fault.run();
            }
        }
        // each publish was accepted once (201): the plan is that many versions further, no more, no fewer
        return before + versions;
    }

    static void publish(String location) throws Exception {
        String last = "";
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                ApiClient.Response published = gateways.call(api -> MasterPlanEdits.moveActivity23AndPublish(api,
                        checks.hcmc, location));
                if (published.status() == 201) {
                    return;
                }
                last = published.status() + " " + published.body();
            } catch (AssertionError | IllegalStateException e) {
                last = String.valueOf(e.getMessage());
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("publishing " + location + " never succeeded: " + last);
    }

    static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PLATFORM.kafkaBootstrap());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return Admin.create(props);
    }

    /** The broker whose controller leads the metadata quorum now ({@code kafka}, {@code kafka-2} or {@code kafka-3}). */
    static String activeController() throws Exception {
        try (Admin admin = admin()) {
            int leader = admin.describeMetadataQuorum().quorumInfo().get(60, TimeUnit.SECONDS).leaderId();
            return leader == 1 ? "kafka" : "kafka-" + leader;
        }
    }

    /** Every partition of every topic (internal ones too) has all three replicas in sync again. */
    static void awaitEveryReplicaInSync() {
        try (Admin admin = admin()) {
            await().atMost(Invariants.SETTLE).pollInterval(java.time.Duration.ofSeconds(1)).untilAsserted(() -> {
                var names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
                Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
                List<String> behind = topics.values().stream().flatMap(t -> t.partitions().stream()
                                .filter(p -> p.isr().size() < p.replicas().size())
                                .map(p -> t.name() + "-" + p.partition() + " isr " + p.isr().size() + "/" + p.replicas().size()))
                        .toList();
                assertThat(behind).as("partitions not fully in sync").isEmpty();
                assertThat(topics.get(Topics.MASTER_PLANS).partitions()).allSatisfy(p ->
                        assertThat(p.replicas()).as("replicas of " + Topics.MASTER_PLANS).hasSize(3));
            });
        }
    }

    /**
     * The two gateways as a client's load balancer sees them: a request goes to the next one, and to
     * the other when a gateway refuses the connection (it is down; the request never reached it).
     */
    static final class Gateways {

        private final List<ApiClient> clients;
        private final AtomicInteger next = new AtomicInteger();

        Gateways(List<String> uris) {
            this.clients = uris.stream().map(ApiClient::new).toList();
        }

        ApiClient.Response get(String path, String token) {
            return call(api -> api.get(path, token));
        }

        <T> T call(Function<ApiClient, T> request) {
            int first = Math.floorMod(next.getAndIncrement(), clients.size());
            IllegalStateException refused = null;
            for (int i = 0; i < clients.size(); i++) {
                try {
                    return request.apply(clients.get((first + i) % clients.size()));
                } catch (IllegalStateException e) {
                    if (!(e.getCause() instanceof ConnectException || e.getCause() instanceof HttpConnectTimeoutException)) {
                        throw e;
                    }
                    refused = e;
                }
            }
            throw refused;
        }
    }
}
