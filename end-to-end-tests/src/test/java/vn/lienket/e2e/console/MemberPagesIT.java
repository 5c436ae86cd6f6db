package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.lienket.localplatform.MasterPlanEdits;
import vn.lienket.e2e.RunningPlatform;
import vn.lienket.support.testing.ApiClient;

/**
 * The member province's pages in the browser, against the running stack: Minh (Kiên Giang's
 * planner) resolves the changes HCMC publishes and publishes the revision on his phone, has a
 * deviation without justification refused next to its activity, reports progress, imports Kiên
 * Giang's real 2024 plan and sees each activity matched, exports a PDF; Hoa (a viewer) and Lan
 * (the lead) read the plan without a single edit control; the delivery log lists the alerts.
 * Each test makes the state it needs from the 2024 seed (through the API as HCMC, or the page).
 */
@ExtendWith({Browsers.class, RunningPlatform.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// after the six steps (which adopt whatever is pending) and before MapSuccessionIT merges Kiên Giang into An Giang
@Order(4)
class MemberPagesIT {

    static final String DERIVED = "/provinces/kien-giang/plans/" + ConsoleStack.PLAN;
    static final String KIEN_GIANG_PLAN = "fixtures/src/main/resources/fixtures/documents/kien-giang-2024-implementation-plan.txt";
    static final ApiClient API = ConsoleStack.PLATFORM.api();

    /** HCMC changes one activity's location and publishes: Kiên Giang's plan requires revision. */
    static String hcmcPublishesAChangeOf(String activity, String location) {
        ApiClient.Response published = MasterPlanEdits.moveAndPublish(API, ConsoleStack.PLATFORM.token("ho-chi-minh-city"),
                MasterPlanEdits.PLAN, activity, location);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return activity + "@v" + published.json().get("number").asInt();
    }

    /** Waits until Kiên Giang's plan has the change pending (the event travels through Kafka). */
    static void awaitPending(Browser minh, String changeId) {
        minh.waitUntil(d -> {
            minh.open(DERIVED);
            return minh.present("fieldset[data-change='" + changeId + "']");
        }, java.time.Duration.ofSeconds(60));
    }

    /** Chooses ADOPT for every pending change shown and publishes the revision (or the own edits). */
    static void adoptEveryChangeAndPublish(Browser minh) {
        for (WebElement change : minh.all("form#publish-revision fieldset[data-change]")) {
            WebElement adopt = change.findElement(org.openqa.selenium.By.cssSelector("input[type=radio][value=ADOPT]"));
            minh.script("arguments[0].scrollIntoView({block: 'center'})", adopt);
            adopt.click();
        }
        minh.submit(minh.find("form#publish-revision button[type=submit]"));
    }

    @Test
    @Order(1)
    void minhSeesEachChangeOldAgainstNewOnHisPhoneAdoptsThemAndPublishesTheRevision() {
        String change = hcmcPublishesAChangeOf("1.2", "Tỉnh Tiền Giang " + System.nanoTime() % 1000);
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).size(Browser.Size.PHONE);
        try {
            awaitPending(minh, change);

            assertThat(minh.find("#plan-status").getAttribute("data-status")).isEqualTo("REVISION_REQUIRED");
            assertThat(minh.find("#plan-status").getText()).isEqualTo("Cần điều chỉnh");
            WebElement fieldset = minh.find("fieldset[data-change='" + change + "']");
            assertThat(fieldset.findElement(org.openqa.selenium.By.tagName("legend")).getText()).contains("Hoạt động 1.2");
            assertThat(fieldset.getText()).contains("Địa điểm").contains("Tiền Giang");
            // DROP is offered only for an activity the master removed
            assertThat(fieldset.findElements(org.openqa.selenium.By.cssSelector("input[value=DROP]"))).isEmpty();
            minh.assertNoHorizontalScroll("the derived plan needing revision");
            minh.assertAccessible("the derived plan needing revision");

            adoptEveryChangeAndPublish(minh);

            minh.waitForText(".notice", "Đã xuất bản phiên bản");
            assertThat(minh.find("#plan-status").getAttribute("data-status")).isEqualTo("UP_TO_DATE");
            assertThat(minh.present("fieldset[data-change]")).isFalse();
        } finally {
            minh.size(Browser.Size.DESKTOP);
        }
    }

    @Test
    @Order(2)
    void aDeviationWithoutJustificationIsRefusedNextToItsActivityAndPublishesOnceJustified() {
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).open(DERIVED);
        String activity = "#activity-1\\.1";
        WebElement editor = minh.find(activity + " details.edit");
        if (editor.getAttribute("open") == null) {
            editor.findElement(org.openqa.selenium.By.tagName("summary")).click();
        }
        minh.type(minh.find("#a-1\\.1-timeframe"), "Tháng 5/2024");
        minh.find("#a-1\\.1-justification").clear();
        minh.submit(minh.find("form[data-activity='1.1'] button[name=save]"));
        minh.waitForText(".notice", "Đã lưu hoạt động 1.1");
        assertThat(minh.find(activity).getAttribute("data-unjustified")).isEqualTo("true");
        assertThat(minh.find(activity + " .deviation").getText()).contains("Thời gian thực hiện").contains("Tháng 5/2024");

        adoptEveryChangeAndPublish(minh);

        assertThat(minh.find(".problem").getText()).contains("Chưa thể thực hiện");
        WebElement refusal = minh.visible(activity + " .field-error");
        assertThat(refusal.getText()).contains("1.1").contains("Thời gian thực hiện").contains("chưa có lý do");
        WebElement justification = minh.visible("#a-1\\.1-justification");
        assertThat(minh.find(activity + " .justification").getAttribute("class")).contains("prompt");
        minh.assertAccessible("a publish refused for a deviation");

        minh.type(justification, "Diễn đàn dời sang tháng 5 theo lịch của tỉnh");
        minh.submit(minh.find("form[data-activity='1.1'] button[name=save]"));
        adoptEveryChangeAndPublish(minh);

        minh.waitForText(".notice", "Đã xuất bản phiên bản");
        assertThat(minh.find(activity).getAttribute("data-unjustified")).isEqualTo("false");
        assertThat(minh.find(activity + " .deviation").getText()).contains("đã có lý do");
    }

    @Test
    @Order(3)
    void minhReportsProgressAndSeesItsHistory() {
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).open(DERIVED + "#progress");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        report(minh, "IN_PROGRESS", today.minusDays(10), "Đã phát động cuộc thi");
        minh.waitForText(".notice", "Đã gửi báo cáo tiến độ hoạt động 5.1");
        report(minh, "DONE", today, "Đã trao giải");

        WebElement row = minh.find("#progress-table tr[data-progress='5.1']");
        assertThat(row.getText()).contains("Hoàn thành").contains("Đã trao giải")
                .contains(today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        row.findElement(org.openqa.selenium.By.cssSelector("details summary")).click();
        List<WebElement> history = row.findElements(org.openqa.selenium.By.cssSelector("details li"));
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.get(0).getText()).contains("Hoàn thành");
        assertThat(history.get(1).getText()).contains("Đang thực hiện").contains("Đã phát động cuộc thi");
        minh.assertAccessible("the progress reports");
    }

    private static void report(Browser minh, String status, LocalDate asOf, String note) {
        new Select(minh.find("#progress-activity")).selectByValue("5.1");
        new Select(minh.find("#progress-status")).selectByValue(status);
        minh.setDate(minh.find("#progress-asOf"), asOf);
        minh.type(minh.find("#progress-note"), note);
        minh.submit(minh.find("form#report-progress button[type=submit]"));
    }

    @Test
    @Order(4)
    void aViewerAndTheLeadReadThePlanWithoutAnyEditControl() {
        for (String person : List.of(ConsoleStack.HOA, ConsoleStack.LAN)) {
            Browser browser = Browsers.signedIn(person).open(DERIVED);

            assertThat(browser.find("#plan-status").getAttribute("data-status")).isNotBlank();
            assertThat(browser.find("#read-only").getText()).contains("chỉ đọc");
            assertThat(browser.all("main form")).as(person).isEmpty();
            assertThat(browser.all("main button")).as(person).isEmpty();
            assertThat(browser.all("main input, main textarea, main select")).as(person).isEmpty();
            assertThat(browser.find("#activity-1\\.1").getText()).contains("Đơn vị chủ trì");
            browser.assertAccessible("the derived plan read by " + person);

            browser.open(DERIVED + "/documents");
            assertThat(browser.present("#import-form")).as(person).isFalse();
            assertThat(browser.present("#versions a[data-format=pdf]")).isTrue();
        }
    }

    @Test
    @Order(5)
    void minhImportsKienGiangsRealPlanAndSeesEveryActivityMatchedByCode() {
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).open(DERIVED + "/documents");
        Path plan = ConsoleStack.PLATFORM.root().resolve(KIEN_GIANG_PLAN);
        assertThat(Files.isRegularFile(plan)).isTrue();

        minh.find("#file").sendKeys(plan.toAbsolutePath().toString());
        minh.submit(minh.find("#import-form button[type=submit]"));

        assertThat(minh.path()).contains(DERIVED + "/documents/imports/");
        List<WebElement> matches = minh.all("#matches tbody tr");
        assertThat(matches).hasSize(13);
        assertThat(matches).allSatisfy(row -> {
            assertThat(row.getAttribute("data-by")).isEqualTo("CODE");
            assertThat(row.getAttribute("data-master-code")).isEqualTo(row.getAttribute("data-document-code"));
        });
        assertThat(minh.find("#matches").getText()).contains("Theo số hiệu");
        assertThat(minh.find("#deviations").getText()).contains("TP.HCM");
        assertThat(minh.present("form#apply-import")).isTrue();
        minh.assertAccessible("the review of Kiên Giang's plan");
        String review = minh.path();

        // the plan changes before it is applied: the preview no longer applies, and the page says so
        hcmcPublishesAChangeOf("4.1", "Tỉnh Hậu Giang " + System.nanoTime() % 1000);
        minh.waitUntil(d -> {
            minh.open(DERIVED);
            return "REVISION_REQUIRED".equals(minh.find("#plan-status").getAttribute("data-status"));
        }, java.time.Duration.ofSeconds(60));
        minh.open(review);
        minh.submit(minh.find("form#apply-import button[type=submit]"));

        assertThat(minh.visible("#stale").getText()).contains("tải tệp lên lại");
        assertThat(minh.present("#upload-again #file")).isTrue();
        assertThat(minh.present("form#apply-import")).isFalse();

        // and the revision that change asked for is published, so the plan is left up to date
        minh.open(DERIVED);
        adoptEveryChangeAndPublish(minh);
        minh.waitForText(".notice", "Đã xuất bản phiên bản");
    }

    @Test
    @Order(6)
    void aRefusedFileIsSaidNextToTheFileInput() throws Exception {
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).open(DERIVED + "/documents");
        Path binary = Files.createTempFile("not-a-plan", ".docx");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 7, 8, 9, 0, 0, 0});

        minh.find("#file").sendKeys(binary.toAbsolutePath().toString());
        minh.submit(minh.find("#import-form button[type=submit]"));

        assertThat(minh.visible("#file-error").getText()).contains("Định dạng tệp không được hỗ trợ");
        assertThat(minh.find("#file").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(minh.find("#file").getAttribute("aria-describedby")).contains("file-error");
        minh.assertAccessible("a refused upload");
    }

    @Test
    @Order(7)
    void minhExportsAPublishedVersionAsAPdfWithTheApisFileName() {
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).open(DERIVED + "/documents");
        String href = minh.find("#versions tr[data-version='1'] a[data-format=pdf]").getAttribute("href");

        Object answer = minh.script("return fetch(arguments[0]).then(r => r.status + '|' + r.headers.get('content-type') + '|'"
                + " + r.headers.get('content-disposition'))", href);

        assertThat(String.valueOf(answer)).startsWith("200|application/pdf|attachment; filename=\"kien-giang-350-KH-UBND-v1.pdf\"");
        minh.assertAccessible("the member's documents");
    }

    @Test
    @Order(8)
    void theDeliveryLogListsWhoWasAlertedHowAndHowItWent() {
        hcmcPublishesAChangeOf("6.1", "Tỉnh Sóc Trăng " + System.nanoTime() % 1000);
        Browser lan = Browsers.signedIn(ConsoleStack.LAN);
        lan.waitUntil(d -> {
            lan.open("/deliveries?plan=" + ConsoleStack.PLAN);
            return lan.present("#deliveries tr[data-delivery]");
        }, java.time.Duration.ofSeconds(60));

        List<WebElement> rows = lan.all("#deliveries tbody tr");
        assertThat(rows).allSatisfy(row -> assertThat(row.getAttribute("data-channel")).isIn("EMAIL", "SMS"));
        assertThat(lan.find("#deliveries").getText()).contains("Email").contains("SMS");
        assertThat(rows).allSatisfy(row -> assertThat(row.findElement(org.openqa.selenium.By.cssSelector(".status")).getText())
                .isNotBlank());
        lan.assertAccessible("the delivery log");
        lan.size(Browser.Size.PHONE);
        try {
            lan.assertNoHorizontalScroll("the delivery log");
        } finally {
            lan.size(Browser.Size.DESKTOP);
        }

        new Select(lan.find("#filter-status")).selectByValue("FAILED");
        lan.submit(lan.find("#delivery-filters button[type=submit]"));
        assertThat(lan.path()).contains("status=FAILED").contains("plan=" + ConsoleStack.PLAN);
        assertThat(lan.all("#deliveries tbody tr")).allSatisfy(row ->
                assertThat(row.getAttribute("data-status")).isEqualTo("FAILED"));

        lan.open("/deliveries?plan=" + ConsoleStack.PLAN);
        if (lan.present("#more")) {
            lan.find("#more").click();
            lan.awaitLoaded();
            assertThat(lan.path()).contains("cursor=").contains("plan=" + ConsoleStack.PLAN);
            assertThat(lan.find("#deliveries caption").getText()).contains("trang tiếp theo");
        }
        lan.find("#deliveries tbody tr a[href^='/deliveries/']").click();
        lan.awaitLoaded();
        assertThat(lan.all("#timeline li")).isNotEmpty();
        assertThat(lan.find("#delivery .status").getText()).isNotBlank();
        lan.assertAccessible("one delivery");

        // Minh sees only the alerts to Kiên Giang's own units
        Browser minh = Browsers.signedIn(ConsoleStack.MINH).open("/deliveries");
        assertThat(minh.all("#deliveries tbody tr")).isNotEmpty().allSatisfy(row ->
                assertThat(row.getAttribute("data-delivery")).contains("|kien-giang."));
        assertThat(minh.present("form.resend")).isFalse();

        minh.type(minh.find("#filter-unit"), "Sở Du lịch");
        minh.submit(minh.find("#delivery-filters button[type=submit]"));
        assertThat(minh.visible("#filter-unit-error").getText()).contains("kien-giang.so-du-lich");
    }

    @Test
    @Order(9)
    void theLeadImportsAPlanDocumentIntoAReviewWithEverySourceAndIsToldItsNumberIsTaken() throws Exception {
        ApiClient.Download docx = API.download(MasterPlanEdits.PLAN + "/versions/1/document?format=docx",
                ConsoleStack.PLATFORM.token("ho-chi-minh-city"));
        assertThat(docx.status()).isEqualTo(200);
        Path file = Files.createTempDirectory("lead-import").resolve("350-KH-UBND-v1.docx");
        Files.write(file, docx.body());
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).open("/plans/" + ConsoleStack.PLAN + "/documents");

        lan.find("#file").sendKeys(file.toAbsolutePath().toString());
        lan.submit(lan.find("#import-form button[type=submit]"));

        assertThat(lan.path()).contains("/plans/" + ConsoleStack.PLAN + "/documents/imports/");
        assertThat(lan.find("#header tr[data-field=number]").getText()).contains("350/KH-UBND");
        assertThat(lan.all("#sections tbody[data-activity]")).hasSizeGreaterThanOrEqualTo(13);
        assertThat(lan.find("#sections tbody[data-activity='1.1']").getText()).contains("Diễn đàn");
        lan.assertAccessible("the review of a lead's import");

        // applied as it is, the document's number is the one plan 350 has: refused next to the number
        lan.submit(lan.find("form#apply-import button[type=submit]"));
        assertThat(lan.visible("#number-error").getText()).contains("Số kế hoạch");
        assertThat(lan.present("form#apply-import")).isTrue();

        // the changes between two versions as an annex, as the API names the file
        lan.open("/plans/" + ConsoleStack.PLAN + "/documents");
        if (lan.present("#changes-annex")) {
            Object answer = lan.script("return fetch(arguments[0]).then(r => r.status + '|' + r.headers.get('content-disposition'))",
                    lan.find("#changes-annex").getAttribute("action") + "?from=1&to=2&format=pdf");
            assertThat(String.valueOf(answer)).startsWith("200|attachment; filename=\"350-KH-UBND-changes-v1-v2.pdf\"");
        }
        lan.assertAccessible("a master plan's documents");
    }
}
