package vn.lienket.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.contracts.Topics;
import vn.lienket.localstack.smsc.ReceivedSms;
import vn.lienket.localstack.smsc.SmscSimulator;
import vn.lienket.notification.TestServers;
import vn.lienket.notification.directory.QuietHours;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitDirectory;
import vn.lienket.support.outbox.OutboxEntry;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestPorts;
import vn.lienket.support.testing.TestTokens;

/**
 * The 2025 map in the directory and the alerts: Kiên Giang's units move into An Giang's directory
 * for review with every contact point, Kiên Giang's own are kept as its archive and alerted no
 * more, An Giang hears once what it took over and still has to do, and nothing of it twice however
 * often the events come. Its own store database: a succession would change the seeded directory
 * the other tests share.
 */
@ServiceTest
class SuccessionIT {

    static final int SMTP_PORT = TestPorts.free();
    static final int SMPP_PORT = TestPorts.free();
    static GreenMail mail = TestServers.startMail(SMTP_PORT);
    static final SmscSimulator SMSC = TestServers.startSmsc(SMPP_PORT);
    static final String UNITS = "/api/notifications/authorities/%s/units";
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    static final String LEGAL_BASIS = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị "
            + "hành chính cấp tỉnh";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    UnitDirectory directory;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("lienket.sms.port", () -> SMPP_PORT);
        registry.add("lienket.seed.enabled", () -> "true");
        registry.add("lienket.store.database", () -> "lienket-notification-succession-" + UUID.randomUUID());
        registry.add("lienket.delivery.first-retry", () -> "300ms");
        registry.add("lienket.delivery.max-retry", () -> "1s");
        registry.add("lienket.delivery.digest-window", () -> "1s");
        registry.add("lienket.delivery.default-quiet-hours", () -> "none");
    }

    @AfterAll
    static void stopServers() {
        mail.stop();
        SMSC.close();
    }

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static AuthorityRef ref(String id, String code, String name, String tourismDepartment) {
        return new AuthorityRef(id, code, name, "PROVINCE", tourismDepartment);
    }

    static final AuthorityRef AN_GIANG = ref("an-giang", "91", "Tỉnh An Giang", "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang");
    static final AuthorityRef KIEN_GIANG = ref("kien-giang", "91", "Tỉnh Kiên Giang", "Sở Du lịch tỉnh Kiên Giang");

    List<JsonNode> units(String authority, String query) {
        return api().get(UNITS.formatted(authority) + query + (query.isEmpty() ? "?" : "&") + "limit=200",
                TestTokens.token(authority, "viewer")).json().valueStream().toList();
    }

    @Test
    void kienGiangsUnitsMoveToAnGiangForReviewAndAnGiangIsToldOnceWhatItTookOver() {
        // one of Kiên Giang's units with an alphabet and quiet hours of its own: they move too
        Unit newspaper = directory.find("kien-giang.bao-kien-giang").orElseThrow();
        directory.save(new Unit(newspaper.id(), newspaper.authorityId(), newspaper.name(), newspaper.kind(), newspaper.email(),
                newspaper.mobile(), newspaper.channels(), true, new QuietHours(LocalTime.of(21, 0), LocalTime.of(6, 30))));
        List<JsonNode> before = units("kien-giang", "");
        assertThat(before).hasSizeGreaterThan(3);
        int anGiangOwn = units("an-giang", "").size();

        AuthoritySucceeded succession = new AuthoritySucceeded(UUID.randomUUID().toString(), Instant.now(), "platform",
                AuthoritySucceeded.idOf("an-giang", EFFECTIVE), AN_GIANG, List.of(KIEN_GIANG), EFFECTIVE, LEGAL_BASIS);
        ProducerRecord<String, String> successionRecord = OutboxEntry.of(Topics.AUTHORITIES, succession).toRecord("/test");
        TestEvents.send(kafka, successionRecord);

        await().atMost(Duration.ofSeconds(30)).until(() -> units("an-giang", "?reviewPending=true").size() == before.size());
        List<JsonNode> moved = units("an-giang", "?reviewPending=true");
        Map<String, JsonNode> byOrigin = moved.stream().collect(Collectors.toMap(u -> u.get("movedFrom").asString(),
                Function.identity()));
        assertThat(byOrigin.keySet()).as("every unit of Kiên Giang, none lost")
                .containsExactlyInAnyOrderElementsOf(before.stream().map(u -> u.get("id").asString()).toList());
        for (JsonNode original : before) {
            JsonNode copy = byOrigin.get(original.get("id").asString());
            assertThat(copy.get("id").asString()).startsWith("an-giang.kien-giang-");
            assertThat(copy.get("authorityId").asString()).isEqualTo("an-giang");
            assertThat(copy.get("successionId").asString()).isEqualTo("an-giang@2025-07-01");
            assertThat(copy.get("reviewPending").asBoolean()).isTrue();
            for (String field : List.of("name", "email", "mobile", "channels", "smsWithoutDiacritics", "quietHours")) {
                assertThat(copy.get(field)).as(field + " of " + original.get("id")).isEqualTo(original.get(field));
            }
        }
        assertThat(byOrigin.get("kien-giang.so-du-lich").get("kind").asString())
                .as("An Giang keeps its one tourism unit; Kiên Giang's arrives as a department").isEqualTo("DEPARTMENT");
        assertThat(byOrigin.get("kien-giang.bao-kien-giang").get("quietHours").get("start").asString()).startsWith("21:00");
        List<JsonNode> anGiang = units("an-giang", "");
        assertThat(anGiang).hasSize(anGiangOwn + before.size());
        assertThat(anGiang.stream().map(u -> u.get("id").asString())).doesNotHaveDuplicates();
        assertThat(anGiang.stream().filter(u -> u.get("kind").asString().equals("TOURISM_UNIT")).map(u -> u.get("id").asString()))
                .containsExactly("an-giang.so-du-lich");
        // Kiên Giang's own stay readable, as the archive, each saying where it went
        List<JsonNode> archive = units("kien-giang", "");
        assertThat(archive).hasSize(before.size()).allSatisfy(u -> assertThat(u.get("movedTo").asString())
                .isEqualTo(byOrigin.get(u.get("id").asString()).get("id").asString()));
        String archived = UNITS.formatted("kien-giang") + "/kien-giang.so-du-lich";
        String kienGiangPlanner = TestTokens.token("kien-giang", "planner");
        ApiClient.Response archiveEdit = api().put(archived, kienGiangPlanner, "{\"name\":\"Sở Du lịch\",\"kind\":\"TOURISM_UNIT\","
                + "\"channels\":[\"EMAIL\"],\"email\":\"x@kien-giang.example\"}", "If-Match",
                api().get(archived, kienGiangPlanner).header("ETag"));
        assertThat(archiveEdit.status()).as(archiveEdit.body()).isIn(403, 409);

        // An Giang's people review: one kept as it is, one changed; either clears the flag, and says where it came from
        String planner = TestTokens.token("an-giang", "planner");
        String reviewedPath = UNITS.formatted("an-giang") + "/" + byOrigin.get("kien-giang.so-du-lich").get("id").asString();
        assertThat(api().post(reviewedPath + "/review", planner, "").status()).as("names no version").isEqualTo(428);
        ApiClient.Response reviewed = api().post(reviewedPath + "/review", planner, "", "If-Match",
                api().get(reviewedPath, planner).header("ETag"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("reviewPending").asBoolean()).isFalse();
        assertThat(reviewed.json().get("movedFrom").asString()).isEqualTo("kien-giang.so-du-lich");
        String changedPath = UNITS.formatted("an-giang") + "/" + byOrigin.get("kien-giang.bao-kien-giang").get("id").asString();
        ApiClient.Response changed = api().put(changedPath, planner, "{\"name\":\"Báo Kiên Giang\",\"kind\":\"NEWSPAPER\","
                + "\"email\":\"toasoan@baokiengiang.example\",\"channels\":[\"EMAIL\"]}", "If-Match",
                api().get(changedPath, planner).header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("reviewPending").asBoolean()).isFalse();
        assertThat(changed.json().get("movedFrom").asString()).isEqualTo("kien-giang.bao-kien-giang");
        assertThat(units("an-giang", "?reviewPending=true")).hasSize(before.size() - 2);

        // the take-over of plan 350: An Giang's tourism unit hears once what Kiên Giang still had to do
        DerivedPlanTakenOver takenOver = new DerivedPlanTakenOver(UUID.randomUUID().toString(), Instant.now(), "an-giang",
                "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch năm 2024",
                succession.successionId(), List.of("kien-giang"), DerivedPlanTakenOver.REVISION_REQUIRED, 1, 2,
                LocalDate.of(2026, 12, 15), 3, 0);
        ProducerRecord<String, String> takenOverRecord = OutboxEntry.of(Topics.PROVINCE_PLANS, takenOver).toRecord("/test");
        TestEvents.send(kafka, takenOverRecord);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailTo("so-du-lich@an-giang.lienket.example")).hasSize(1);
            assertThat(smsTo("+8490000891")).hasSize(1);
        });
        MimeMessage email = mailTo("so-du-lich@an-giang.lienket.example").get(0);
        assertThat(subject(email)).contains("350/KH-UBND", "Tỉnh Kiên Giang");
        assertThat(textPart(email)).contains("Kính gửi Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang", "01/07/2025",
                "phiên bản 2", "trước ngày 15/12/2026", "còn 3 thay đổi chưa xử lý");
        assertThat(smsTo("+8490000891").get(0).text()).contains("350/KH-UBND", "Tỉnh Kiên Giang", "15/12/2026", "3 thay đổi");

        // both events again, and the take-over told by a second event: nothing more for anyone
        DerivedPlanTakenOver retold = new DerivedPlanTakenOver(UUID.randomUUID().toString(), Instant.now(), "an-giang",
                takenOver.programmeId(), takenOver.leadAuthority(), takenOver.masterPlanId(), takenOver.masterPlanNumber(),
                takenOver.masterPlanTitle(), takenOver.successionId(), takenOver.predecessors(), takenOver.status(), 1, 2,
                takenOver.revisionDueDate(), 3, 0);
        TestEvents.send(kafka, successionRecord);
        TestEvents.send(kafka, takenOverRecord);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, retold);
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(AuthorityEventsListener.AUTHORITIES, Topics.AUTHORITIES)
                && caughtUp(PlanEventsListener.ALERTS, Topics.PROVINCE_PLANS));
        assertThat(deliveries(takenOver.eventId(), "an-giang")).containsExactlyInAnyOrder(
                "an-giang.so-du-lich:EMAIL", "an-giang.so-du-lich:SMS");
        assertThat(deliveries(retold.eventId(), "an-giang")).isEmpty();
        assertThat(units("an-giang", "")).hasSize(anGiangOwn + before.size());
        assertThat(units("an-giang", "?reviewPending=true")).as("what was reviewed stays reviewed").hasSize(before.size() - 2);
        assertThat(mailTo("so-du-lich@an-giang.lienket.example")).hasSize(1);
        assertThat(smsTo("+8490000891")).hasSize(1);
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).endsWith("@kien-giang.lienket.example")))
                .as("Kiên Giang's archive hears nothing").isEmpty();
    }

    @Test
    void aLateEscalationNamingAPredecessorReachesTheSuccessorAndASuccessorNewToTheDirectoryStarts() {
        AuthorityRef canTho = ref("can-tho", "92", "Thành phố Cần Thơ", "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ");
        AuthorityRef hauGiang = ref("hau-giang", "93", "Tỉnh Hậu Giang", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang");
        AuthorityRef socTrang = ref("soc-trang", "94", "Tỉnh Sóc Trăng", "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng");
        TestEvents.send(kafka, Topics.AUTHORITIES, new AuthoritySucceeded(UUID.randomUUID().toString(), Instant.now(),
                "platform", AuthoritySucceeded.idOf("can-tho", EFFECTIVE), canTho, List.of(hauGiang, socTrang), EFFECTIVE,
                LEGAL_BASIS));
        await().atMost(Duration.ofSeconds(30)).until(() -> units("soc-trang", "").stream().allMatch(u -> u.has("movedTo")
                && !u.get("movedTo").isNull()) && units("hau-giang", "").stream().allMatch(u -> !u.get("movedTo").isNull()));

        // the programme: Sóc Trăng's membership ended with its successor; a reminder naming it, late, goes to Cần Thơ
        String programmeId = "mekong-" + UUID.randomUUID().toString().substring(0, 8);
        String newcomer = "successor-" + UUID.randomUUID().toString().substring(0, 8);
        ProgrammeSnapshot programme = new ProgrammeSnapshot(programmeId, "Chương trình " + programmeId, List.of("TOURISM"),
                "ho-chi-minh-city", List.of(new ProgrammeMembership("soc-trang", LocalDate.of(2024, 1, 1), EFFECTIVE, "can-tho"),
                new ProgrammeMembership("can-tho", LocalDate.of(2024, 1, 1), null),
                new ProgrammeMembership(newcomer, EFFECTIVE, null)), LocalDate.of(2024, 1, 1), LocalDate.of(2099, 12, 31),
                ProgrammeSnapshot.ACTIVE, List.of(ref("ho-chi-minh-city", "79", "Thành phố Hồ Chí Minh", "Sở Du lịch"),
                socTrang, canTho, ref(newcomer, "99", "Tỉnh " + newcomer, "Sở Du lịch tỉnh " + newcomer)));
        TestEvents.send(kafka, Topics.PROGRAMMES, new ProgrammeSuccessionApplied(UUID.randomUUID().toString(), Instant.now(),
                "platform", "can-tho@2025-07-01", "can-tho", List.of("soc-trang"), EFFECTIVE, List.of(), programme));
        await().atMost(Duration.ofSeconds(30)).until(() -> units(newcomer, "").size() == 1);
        assertThat(units(newcomer, "").get(0).get("kind").asString()).isEqualTo("TOURISM_UNIT");

        MemberRevisionReminder late = new MemberRevisionReminder(UUID.randomUUID().toString(), Instant.now(), programmeId,
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "soc-trang", 2, LocalDate.now().plusDays(7), 7);
        TestEvents.send(kafka, Topics.COMPLIANCE, late);
        await().atMost(Duration.ofSeconds(30)).until(() -> !deliveries(late.eventId(), "can-tho").isEmpty());
        assertThat(deliveries(late.eventId(), "can-tho")).containsExactlyInAnyOrder("can-tho.so-du-lich:EMAIL",
                "can-tho.so-du-lich:SMS");
        assertThat(deliveries(late.eventId(), "soc-trang")).as("never to a moved unit").isEmpty();
    }

    List<String> deliveries(String eventId, String authority) {
        return api().get("/api/notifications/deliveries?eventId=" + eventId, TestTokens.token(authority, "viewer")).json()
                .valueStream().map(d -> d.get("unitId").asString() + ":" + d.get("channel").asString()).toList();
    }

    /** Whether the consumer group has committed every record on the topic so far: it has handled them all. */
    boolean caughtUp(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                    || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
        }
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals(address)).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ReceivedSms> smsTo(String mobile) {
        return SMSC.received().stream().filter(s -> s.recipient().equals(mobile)).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String textPart(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = textPart(multipart.getBodyPart(i));
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
