package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.contracts.Topics;
import vn.lienket.localstack.smsc.ReceivedSms;
import vn.lienket.localstack.smsc.SmscSimulator;
import vn.lienket.notification.TestServers;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestPorts;
import vn.lienket.support.testing.TestTokens;

/**
 * Alerts go out over real SMTP and SMPP servers to the units the routing table names, once per
 * event, unit and channel, digested when they come in a burst, through SMTP outages, SMSC
 * throttling and undeliverable numbers.
 */
@ServiceTest
class AlertDeliveryIT {

    static final int SMTP_PORT = TestPorts.free();
    static final int SMPP_PORT = TestPorts.free();
    static GreenMail mail = TestServers.startMail(SMTP_PORT);
    static final SmscSimulator SMSC = TestServers.startSmsc(SMPP_PORT);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("lienket.sms.port", () -> SMPP_PORT);
        registry.add("lienket.seed.enabled", () -> "true");
        registry.add("lienket.delivery.first-retry", () -> "300ms");
        registry.add("lienket.delivery.max-retry", () -> "1s");
        registry.add("lienket.delivery.digest-window", () -> "3s");
        // the hour the suite runs at must not matter; quiet hours are tested with a unit's own window
        registry.add("lienket.delivery.default-quiet-hours", () -> "none");
    }

    @AfterAll
    static void stopServers() {
        mail.stop();
        SMSC.close();
    }

    static DerivedPlanRevisionRequired revisionRequired(String province) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.now(), province,
                "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2, 1,
                LocalDate.of(2026, 12, 15), List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian kết nối",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))), List.of());
    }

    static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<ReceivedSms> smsTo(String mobile) {
        return SMSC.received().stream().filter(s -> s.recipient().equals(mobile)).toList();
    }

    @Test
    void aRevisionRequiredReachesTheTourismUnitByEmailAndSmsInVietnamese() throws Exception {
        DerivedPlanRevisionRequired event = revisionRequired("can-tho");
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailTo("so-du-lich@can-tho.lienket.example")).hasSize(1);
            assertThat(smsTo("+8490000921")).hasSize(1);
        });
        MimeMessage email = mailTo("so-du-lich@can-tho.lienket.example").get(0);
        assertThat(email.getSubject()).contains("350/KH-UBND", "phiên bản 2", "15/12/2026");
        assertThat(textPart(email, "text/plain")).contains("Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long");
        ReceivedSms sms = smsTo("+8490000921").get(0);
        assertThat(sms.sender()).isEqualTo("LIENKET");
        assertThat(sms.dataCoding()).isEqualTo(8);
        // the words took one segment; with the link to the plan's page two, the budget
        assertThat(sms.segments()).isEqualTo(2);
        assertThat(sms.text()).contains("350/KH-UBND", "2.3", "15/12/2026").containsPattern(
                " http://127\\.0\\.0\\.1:8090/l/[0-9A-Za-z]{7}$");
        String page = "/provinces/can-tho/plans/350-kh-ubnd-2024";
        assertThat(textPart(email, "text/plain")).contains("Xem trên Liên Kết: http://127.0.0.1:8090" + page);
        assertThat(textPart(email, "text/html")).contains("<a href=\"http://127.0.0.1:8090" + page + "\">");
        ApiClient.Response link = new ApiClient("http://127.0.0.1:" + port).get("/api/notifications/links/"
                + sms.text().substring(sms.text().lastIndexOf('/') + 1), TestTokens.token("can-tho", "viewer"));
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().get("path").asString()).isEqualTo(page);

        // an SMS is SENT when the SMSC accepts it and DELIVERED when its receipt comes (the simulator sends one)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(new ApiClient("http://127.0.0.1:" + port)
                .get("/api/notifications/deliveries?eventId=" + event.eventId(), TestTokens.token("ho-chi-minh-city",
                        "coordinator")).json().valueStream().map(d -> d.get("channel").asString() + ":" + d.get("status").asString()))
                .containsExactlyInAnyOrder("EMAIL:SENT", "SMS:DELIVERED"));
        ApiClient.Response badFilter = new ApiClient("http://127.0.0.1:" + port).get(
                "/api/notifications/deliveries?status=LOST", TestTokens.token("ho-chi-minh-city", "coordinator"));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPlanHandedToAMemberWithADateReachesItsTourismUnitAndASeededPlanAsksNothing() throws Exception {
        String mailbox = "so-du-lich@yen-bai.lienket.example";
        // a seeded plan's first version was published without a date: the member is not asked to do anything
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanCreated(UUID.randomUUID().toString(), Instant.now(),
                "yen-bai", "northwest-hcmc-tourism", "ha-giang", "350-kh-ubnd-2024", "350/KH-UBND", 1,
                "Kế hoạch năm 2024", null));
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanCreated(UUID.randomUUID().toString(), Instant.now(),
                "yen-bai", "northwest-hcmc-tourism", "ha-giang", "120-kh-ubnd-2025", "120/KH-UBND", 1,
                "Kế hoạch năm 2025", LocalDate.of(2026, 12, 31)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailTo(mailbox)).hasSize(1);
            assertThat(smsTo("+8490000151")).hasSize(1);
        });
        MimeMessage email = mailTo(mailbox).get(0);
        assertThat(email.getSubject()).contains("120/KH-UBND", "31/12/2026");
        assertThat(textPart(email, "text/plain")).contains("Kế hoạch năm 2025", "vừa được giao cho đơn vị triển khai");
        assertThat(smsTo("+8490000151").get(0).text()).contains("120/KH-UBND", "31/12/2026");
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        DerivedPlanRevisionRequired event = revisionRequired("soc-trang");
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("so-du-lich@soc-trang.lienket.example").size() == 1);

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, revisionRequired("soc-trang")); // same partition, after it

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("so-du-lich@soc-trang.lienket.example").size() >= 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mailTo("so-du-lich@soc-trang.lienket.example")).hasSize(2);
            assertThat(smsTo("+8490000941")).hasSize(2);
        });
    }

    @Test
    void anAlertWaitsOutAnSmtpOutageAndIsDeliveredOnce() {
        mail.stop();
        try {
            TestEvents.send(kafka, Topics.PROVINCE_PLANS, revisionRequired("ca-mau"));
            ApiClient api = new ApiClient("http://127.0.0.1:" + port);
            String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/notifications/deliveries?tenant=ca-mau",
                    hcmc).json().valueStream().anyMatch(d -> d.get("status").asString().equals("RETRYING")));
        } finally {
            mail = TestServers.startMail(SMTP_PORT);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("so-du-lich@ca-mau.lienket.example").size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("so-du-lich@ca-mau.lienket.example").size() == 1);
    }

    @Test
    void aRevisionReachesTheLeadAuthoritysCoordinator() throws Exception {
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, new DerivedPlanRevised(UUID.randomUUID().toString(), Instant.now(),
                "an-giang", "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", 2, 2,
                LocalDate.of(2026, 12, 15), true));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("so-du-lich@ho-chi-minh-city.lienket.example").stream()
                .anyMatch(m -> subject(m).contains("An Giang")));
    }

    @Test
    void anOverdueMemberIsEscalatedToItsUnitAndToTheLeadAuthority() {
        TestEvents.send(kafka, Topics.COMPLIANCE, new vn.lienket.contracts.MemberRevisionOverdue(UUID.randomUUID().toString(),
                Instant.now(), "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "tra-vinh",
                2, LocalDate.of(2026, 11, 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailTo("so-du-lich@tra-vinh.lienket.example")).singleElement()
                    .satisfies(m -> assertThat(subject(m)).contains("KHẨN", "quá hạn", "01/11/2026"));
            assertThat(smsTo("+8490000841")).singleElement()
                    .satisfies(s -> assertThat(s.text()).startsWith("KHẨN: KH 350/KH-UBND bản 2"));
            assertThat(mailTo("so-du-lich@ho-chi-minh-city.lienket.example"))
                    .anySatisfy(m -> assertThat(subject(m)).contains("quá hạn"));
        });
        // the member's alerts are about its plan, the lead's about the plan's board
        assertThat(textPart(mailTo("so-du-lich@tra-vinh.lienket.example").get(0), "text/plain"))
                .contains("http://127.0.0.1:8090/provinces/tra-vinh/plans/350-kh-ubnd-2024");
        assertThat(mailTo("so-du-lich@ho-chi-minh-city.lienket.example")).filteredOn(m -> subject(m).contains("quá hạn"))
                .anySatisfy(m -> assertThat(textPart(m, "text/plain"))
                        .contains("http://127.0.0.1:8090/plans/350-kh-ubnd-2024/board"));
    }

    @Autowired
    vn.lienket.notification.directory.UnitDirectory directory;

    @Test
    void anEmailThatFailsForGoodFailsOverToSmsForAUnitThatHasAMobile() {
        var unit = directory.tourismUnitOf("long-an").orElseThrow();
        directory.save(new vn.lienket.notification.directory.Unit(unit.id(), unit.authorityId(), unit.name(), unit.kind(),
                "so du lich @ long an", unit.mobile(), List.of(vn.lienket.notification.directory.Channel.EMAIL), false, null));
        DerivedPlanRevisionRequired event = revisionRequired("long-an");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(smsTo("+8490000801")).singleElement().satisfies(sms -> assertThat(sms.text()).contains("350/KH-UBND"));
            var log = api.get("/api/notifications/deliveries?eventId=" + event.eventId(), hcmc).json();
            assertThat(log.valueStream().map(d -> d.get("channel").asString() + ":" + d.get("status").asString()))
                    .containsExactlyInAnyOrder("EMAIL:FAILED_OVER", "SMS:DELIVERED");
            assertThat(log.valueStream().filter(d -> d.get("channel").asString().equals("EMAIL")).findFirst().orElseThrow()
                    .get("lastError").asString()).endsWith("sent by SMS instead");
        });
        directory.save(unit);
    }

    @Test
    void aDeliveryThatFailedForGoodIsFailedWithItsReasonAndCanBeResent() {
        var unit = directory.tourismUnitOf("hau-giang").orElseThrow();
        directory.save(new vn.lienket.notification.directory.Unit(unit.id(), unit.authorityId(), unit.name(), unit.kind(),
                "so du lich @ hau giang", null, List.of(vn.lienket.notification.directory.Channel.EMAIL), false, null));
        DerivedPlanRevisionRequired event = revisionRequired("hau-giang");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/notifications/deliveries?eventId=" + event.eventId()
                + "&status=FAILED", hcmc).json().size() == 1);
        var failed = api.get("/api/notifications/deliveries?eventId=" + event.eventId(), hcmc).json().get(0);
        assertThat(failed.get("lastError").asString()).isNotBlank();

        directory.save(unit);
        String id = java.net.URLEncoder.encode(failed.get("id").asString(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.post("/api/notifications/deliveries/" + id + "/resend", TestTokens.token("hau-giang", "planner"), "")
                .status()).isEqualTo(403);
        assertThat(api.post("/api/notifications/deliveries/" + id + "/resend", hcmc, "").status()).isEqualTo(200);
        assertThat(api.post("/api/notifications/deliveries/" + id + "/resend", hcmc, "").status()).as("no longer FAILED").isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/notifications/deliveries?eventId=" + event.eventId()
                + "&status=SENT", hcmc).json().size() == 1);
    }

    @Test
    void aNonUrgentSmsWaitsOutQuietHoursWhileEmailAndUrgentSmsGoAtOnce() {
        var unit = directory.tourismUnitOf("bac-lieu").orElseThrow();
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        directory.save(new vn.lienket.notification.directory.Unit(unit.id(), unit.authorityId(), unit.name(), unit.kind(),
                unit.email(), unit.mobile(), unit.channels(), unit.smsWithoutDiacritics(),
                new vn.lienket.notification.directory.QuietHours(now.minusMinutes(1), now.plusSeconds(20))));
        DerivedPlanRevisionRequired event = revisionRequired("bac-lieu");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("so-du-lich@bac-lieu.lienket.example").size() == 1);
        assertThat(smsTo("+8490000951")).as("held in quiet hours").isEmpty();
        assertThat(api.get("/api/notifications/deliveries?eventId=" + event.eventId() + "&status=QUEUED", hcmc).json())
                .singleElement().satisfies(d -> {
                    assertThat(d.get("channel").asString()).isEqualTo("SMS");
                    assertThat(d.get("timeline").get(0).get("detail").asString()).startsWith("held for quiet hours");
                });

        TestEvents.send(kafka, Topics.COMPLIANCE, new vn.lienket.contracts.MemberRevisionOverdue(UUID.randomUUID().toString(),
                Instant.now(), "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "bac-lieu",
                2, LocalDate.of(2026, 11, 1)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(smsTo("+8490000951"))
                .singleElement().satisfies(s -> assertThat(s.text()).startsWith("KHẨN")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(smsTo("+8490000951")).hasSize(2)
                .anySatisfy(s -> assertThat(s.text()).contains("đổi HĐ 2.3")));
    }

    @Test
    void aRevisionRequiredAlsoReachesTheUnitsNamedOnTheAffectedActivitiesInTextAndHtml() {
        DerivedPlanRevisionRequired plain = revisionRequired("kien-giang");
        DerivedPlanRevisionRequired event = new DerivedPlanRevisionRequired(plain.eventId(), plain.occurredAt(),
                plain.provinceId(), plain.programmeId(), plain.leadAuthority(), plain.masterPlanId(), plain.masterPlanNumber(),
                plain.masterPlanTitle(), plain.masterVersion(), plain.basedOnVersion(), plain.revisionDueDate(),
                plain.pendingChanges(), List.of("Sở Du lịch tỉnh Kiên Giang", "Báo Kiên Giang",
                        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Một đơn vị không có trong danh bạ"));
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/notifications/deliveries?eventId=" + event.eventId(), hcmc).json().valueStream()
                        .map(d -> d.get("unitId").asString() + ":" + d.get("channel").asString() + ":" + d.get("status").asString()))
                .containsExactlyInAnyOrder("kien-giang.so-du-lich:EMAIL:SENT", "kien-giang.so-du-lich:SMS:DELIVERED",
                        "kien-giang.bao-kien-giang:EMAIL:SENT", "kien-giang.bao-kien-giang:SMS:DELIVERED",
                        "kien-giang.trung-tam-xuc-tien:EMAIL:SENT", "kien-giang.trung-tam-xuc-tien:SMS:DELIVERED"));
        MimeMessage toNewspaper = mailTo("bao-kien-giang@kien-giang.lienket.example").stream()
                .filter(m -> subject(m).contains("phiên bản 2")).findFirst().orElseThrow();
        assertThat(textPart(toNewspaper, "text/html")).contains("<strong>trước ngày 15/12/2026</strong>", "Kính gửi Báo Kiên Giang");
        assertThat(textPart(toNewspaper, "text/plain")).contains("Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long");
    }

    @Test
    void aReminderAndAMissingProgressReportReachTheMembersTourismUnit() {
        TestEvents.send(kafka, Topics.COMPLIANCE, new vn.lienket.contracts.MemberRevisionReminder(UUID.randomUUID().toString(),
                Instant.now(), "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "vinh-long", 2,
                LocalDate.of(2026, 12, 15), 7));
        TestEvents.send(kafka, Topics.PROGRESS_DEADLINES, new vn.lienket.contracts.MemberProgressMissing(UUID.randomUUID().toString(),
                Instant.now(), "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "dong-thap",
                LocalDate.of(2026, 11, 20)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailTo("so-du-lich@vinh-long.lienket.example")).singleElement()
                    .satisfies(m -> assertThat(subject(m)).contains("còn 7 ngày", "350/KH-UBND"));
            assertThat(smsTo("+8490000861")).singleElement()
                    .satisfies(sms -> {
                        assertThat(sms.text()).startsWith("Còn 7 ngày: điều chỉnh KH 350/KH-UBND").endsWith(" http://127.0.0.1:8090/l/"
                                + vn.lienket.notification.link.ShortCode.of("/provinces/vinh-long/plans/350-kh-ubnd-2024", 7));
                        // one UCS-2 segment for the words, two with the link: the budget
                        assertThat(sms.segments()).isEqualTo(2);
                    });
            assertThat(mailTo("so-du-lich@dong-thap.lienket.example")).singleElement()
                    .satisfies(m -> assertThat(subject(m)).contains("Chưa báo cáo tiến độ", "20/11/2026"));
            assertThat(smsTo("+8490000871")).singleElement()
                    .satisfies(sms -> assertThat(sms.text()).contains("báo cáo tiến độ"));
        });
    }

    @Test
    void aBurstOfEventsForOneUnitBecomesTheFirstAlertThenOneDigest() {
        DerivedPlanRevisionRequired first = revisionRequired("tien-giang");
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, first);
        for (int days : new int[] {7, 1}) {
            TestEvents.send(kafka, Topics.COMPLIANCE, new vn.lienket.contracts.MemberRevisionReminder(
                    UUID.randomUUID().toString(), Instant.now(), "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024",
                    "350/KH-UBND", "tien-giang", 2, LocalDate.of(2026, 12, 15), days));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(mailTo("so-du-lich@tien-giang.lienket.example")).hasSize(2);
            assertThat(smsTo("+8490000821")).hasSize(2);
        });
        // the first to arrive goes at once; the other two wait for the window's end and go as one
        assertThat(mailTo("so-du-lich@tien-giang.lienket.example")).map(AlertDeliveryIT::subject)
                .filteredOn(s -> s.equals("[Liên Kết] 2 thông báo mới")).hasSize(1);
        assertThat(mailTo("so-du-lich@tien-giang.lienket.example").stream().map(m -> textPart(m, "text/plain"))
                .collect(java.util.stream.Collectors.joining("\n"))).contains("Hoạt động 2.3", "còn 7 ngày", "còn 1 ngày");
        assertThat(smsTo("+8490000821")).filteredOn(sms -> sms.text().startsWith("Liên Kết, 2 tin: ")).singleElement()
                .satisfies(sms -> assertThat(sms.text()).as("its items' one page, by one link").endsWith(" http://127.0.0.1:8090/l/"
                        + vn.lienket.notification.link.ShortCode.of("/provinces/tien-giang/plans/350-kh-ubnd-2024", 7)));
        assertThat(mailTo("so-du-lich@tien-giang.lienket.example")).filteredOn(m -> subject(m).equals("[Liên Kết] 2 thông báo mới"))
                .singleElement().satisfies(m -> assertThat(textPart(m, "text/plain"))
                        .containsPattern("Xem các việc cần làm trên Liên Kết: http://127\\.0\\.0\\.1:8090/\\r?\\n"));
        assertThat(smsTo("+8490000821").stream().map(ReceivedSms::text).collect(java.util.stream.Collectors.joining(" ")))
                .contains("đổi HĐ 2.3", "Còn 7 ngày", "Còn 1 ngày");
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> mailTo("so-du-lich@tien-giang.lienket.example").size() == 2 && smsTo("+8490000821").size() == 2);
        var log = new ApiClient("http://127.0.0.1:" + port).get("/api/notifications/deliveries?tenant=tien-giang",
                TestTokens.token("ho-chi-minh-city", "coordinator")).json();
        assertThat(log.valueStream().filter(d -> d.get("timeline").valueStream()
                .anyMatch(step -> step.get("detail").asString().startsWith("in a digest of 2")))).hasSize(4);
    }

    @Test
    void anSmscThatThrottlesIsRetriedUntilItAcceptsAndTheReceiptMarksItDelivered() {
        SMSC.throttleNext(2);
        DerivedPlanRevisionRequired event = revisionRequired("ben-tre");
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        TestEvents.send(kafka, Topics.PROVINCE_PLANS, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var sms = api.get("/api/notifications/deliveries?eventId=" + event.eventId() + "&unit=ben-tre.so-du-lich", hcmc)
                    .json().valueStream().filter(d -> d.get("channel").asString().equals("SMS")).findFirst()
                    .orElseThrow(() -> new AssertionError("no SMS delivery recorded yet")); // awaited, not thrown
            assertThat(sms.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(sms.get("timeline").valueStream().map(step -> step.get("status").asString()))
                    .containsSubsequence("QUEUED", "RETRYING", "RETRYING", "SENT", "DELIVERED");
            assertThat(sms.get("timeline").valueStream().filter(step -> step.get("status").asString().equals("RETRYING"))
                    .map(step -> step.get("detail").asString())).allSatisfy(d -> assertThat(d).contains("0x58"));
        });
        assertThat(smsTo("+8490000831")).hasSize(1);
    }

    @Test
    void aNumberTheSmscCannotReachFailsOverToEmailOnItsReceipt() {
        var unit = directory.tourismUnitOf("son-la").orElseThrow();
        directory.save(new vn.lienket.notification.directory.Unit(unit.id(), unit.authorityId(), unit.name(), unit.kind(),
                unit.email(), unit.mobile(), List.of(vn.lienket.notification.directory.Channel.SMS), false, null));
        SMSC.undeliverable(unit.mobile());
        var event = new vn.lienket.contracts.MemberProgressMissing(UUID.randomUUID().toString(), Instant.now(),
                "northwest-hcmc-tourism", "ha-giang", "61-kh-nht-2021", "61/KH-NHT", "son-la", LocalDate.of(2026, 6, 30));
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String haGiang = TestTokens.token("ha-giang", "coordinator"); // son-la is in the programme Hà Giang leads
        try {
            TestEvents.send(kafka, Topics.PROGRESS_DEADLINES, event);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var log = api.get("/api/notifications/deliveries?eventId=" + event.eventId(), haGiang).json();
                assertThat(log.valueStream().map(d -> d.get("channel").asString() + ":" + d.get("status").asString()))
                        .containsExactlyInAnyOrder("SMS:FAILED_OVER", "EMAIL:SENT");
                assertThat(log.valueStream().filter(d -> d.get("channel").asString().equals("SMS")).findFirst().orElseThrow()
                        .get("lastError").asString()).contains("UNDELIV");
            });
        } finally {
            SMSC.clearFaults();
            directory.save(unit);
        }
    }

    @Test
    void aLeadAuthoritySeesTheDeliveriesOfItsProgrammesMembersOnly() {
        DerivedPlanRevisionRequired mekong = revisionRequired("an-giang");
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, mekong);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");
        String haGiang = TestTokens.token("ha-giang", "coordinator");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/notifications/deliveries?eventId="
                + mekong.eventId(), hcmc).json().size() == 2);

        assertThat(api.get("/api/notifications/deliveries?eventId=" + mekong.eventId(), haGiang).json())
                .as("Hà Giang does not lead An Giang").isEmpty();
        assertThat(api.get("/api/notifications/deliveries?tenant=an-giang", haGiang).status()).isEqualTo(403);
        assertThat(api.get("/api/notifications/deliveries?tenant=an-giang", hcmc).json()).isNotEmpty();
    }

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.kafka.test.EmbeddedKafkaBroker broker;

    @Test
    void anEventTheServiceCannotReadIsParkedOnTheDeadLetterTopicAndTheNextOneIsSent() {
        var poison = new org.apache.kafka.clients.producer.ProducerRecord<String, String>(Topics.PROVINCE_PLANS, "lai-chau",
                "{\"eventId\": 42, truncated"); // the same key as the next event: the same partition, before it
        poison.headers().add(new org.apache.kafka.common.header.internals.RecordHeader(vn.lienket.contracts.CloudEventHeaders.TYPE,
                DerivedPlanRevisionRequired.TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        poison.headers().add(new org.apache.kafka.common.header.internals.RecordHeader(vn.lienket.contracts.CloudEventHeaders.ID,
                "poison-notification".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        TestEvents.send(kafka, poison);
        TestEvents.send(kafka, Topics.PROVINCE_PLANS, revisionRequired("lai-chau"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(TestEvents.readAll(broker.getBrokersAsString(), Topics.deadLetter(Topics.PROVINCE_PLANS)).stream()
                    .filter(r -> "poison-notification".equals(vn.lienket.support.messaging.IncomingEvents.header(r,
                            vn.lienket.contracts.CloudEventHeaders.ID)))).hasSize(1);
            assertThat(mailTo("so-du-lich@lai-chau.lienket.example")).hasSize(1);
        });
    }

    private static String textPart(MimeMessage message, String type) {
        try {
            return findPart(message, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String findPart(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = findPart(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
