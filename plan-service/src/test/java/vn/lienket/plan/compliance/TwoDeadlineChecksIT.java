package vn.lienket.plan.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.Topics;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.outbox.OutboxProperties;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;

/**
 * Two instances of plan-service: the deadline checks of both run at the same moment over the same
 * store, each with its own relay, three rounds. Each overdue member and each reminder is told
 * exactly once.
 */
@ServiceTest
@TestPropertySource(properties = {"lienket.seed.enabled=true", "lienket.deadlines.check-interval=PT1H"})
class TwoDeadlineChecksIT {

    static final String PLAN_ID = "350-kh-ubnd-2024";
    static final List<String> OVERDUE = List.of("bac-lieu", "ca-mau", "hau-giang");
    static final List<String> REMINDED = List.of("soc-trang", "tra-vinh");

    @Autowired
    ComplianceBoard board;
    @Autowired
    MongoDatabase database;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    OutboxProperties outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MasterPlans masterPlans;
    @Autowired
    Programmes programmes;
    @Autowired
    Clock clock;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void twoInstancesChecksTellEachOverdueMemberAndEachReminderOnce() throws Exception {
        int version = 900_000 + (int) (System.nanoTime() % 1000); // above any version the module's other tests require of these members
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
        for (String member : OVERDUE) {
            TestEvents.send(kafka, Topics.PROVINCE_PLANS, required(member, version, LocalDate.now().minusDays(2), tenDaysAgo));
        }
        for (String member : REMINDED) {
            // notified ten days ago, due in five: the 7-day reminder is due
            TestEvents.send(kafka, Topics.PROVINCE_PLANS, required(member, version, LocalDate.now().plusDays(5), tenDaysAgo));
        }
        // recorded (another context of this module on the same store and group may be the one that consumed them,
        // and its own check may already have told some: a third instance, which the contract covers as well)
        await().atMost(Duration.ofSeconds(60)).until(() -> database.getCollection("compliance")
                .countDocuments(Filters.eq("requiredVersion", version)) == OVERDUE.size() + REMINDED.size());

        OutboxRelay otherRelay = new OutboxRelay(kafka, outbox, new SimpleMeterRegistry());
        ComplianceBoard other = new ComplianceBoard(database, otherRelay, masterPlans, programmes, clock, List.of(7, 1));
        otherRelay.start();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> checks = new ArrayList<>();
                for (ComplianceBoard instance : List.of(board, other)) {
                    checks.add(instances.submit(() -> {
                        together.await();
                        return instance.checkDeadlines();
                    }));
                }
                for (Future<Integer> check : checks) {
                    check.get();
                }
            }
            // every outbox of the store empty: whatever any instance told has gone out
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.pending() == 0 && otherRelay.pending() == 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> TestEvents.readAll(broker.getBrokersAsString(),
                    Topics.COMPLIANCE).size() > 0);
        } finally {
            instances.shutdownNow();
            otherRelay.stop();
        }

        List<String> overdue = TestEvents.readAll(broker.getBrokersAsString(), Topics.COMPLIANCE, MemberRevisionOverdue.class)
                .stream().filter(e -> e.requiredVersion() == version).map(MemberRevisionOverdue::memberId).toList();
        List<String> reminded = TestEvents.readAll(broker.getBrokersAsString(), Topics.COMPLIANCE, MemberRevisionReminder.class)
                .stream().filter(e -> e.requiredVersion() == version).map(MemberRevisionReminder::memberId).toList();
        assertThat(overdue).as("each overdue member told once").containsExactlyInAnyOrderElementsOf(OVERDUE);
        assertThat(reminded).as("each reminder once").containsExactlyInAnyOrderElementsOf(REMINDED);
    }

    static DerivedPlanRevisionRequired required(String province, int version, LocalDate due, Instant at) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), at, province, "hcmc-mekong-tourism",
                "ho-chi-minh-city", PLAN_ID, "350/KH-UBND", "Kế hoạch 350", version, version - 1, due, List.of(), List.of());
    }
}
