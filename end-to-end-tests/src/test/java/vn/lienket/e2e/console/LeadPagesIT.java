package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.e2e.RunningPlatform;
import vn.lienket.support.testing.ApiClient;

/**
 * The lead authority's pages in the browser, on a plan of their own (five activities of 350's,
 * published here by Lan), so no other class's changes reach them, nor theirs it: the publishing preview, the board and
 * its exports, a refused edit with its field's reason, a stale edit re-applied, the diff of two
 * versions, the progress chart; each page checked by axe, and at 360 px for sideways scrolling.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith({Browsers.class, RunningPlatform.class})
@Order(20)
class LeadPagesIT {

    static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;
    static final String PLAN = "88-kh-sdl-2025";
    static final String API_PLAN = "/api/master-plans/" + PLAN;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final ApiClient api = PLATFORM.api();
    static final String KHOI_NGHIEP = "Triển khai và công bố trao giải cuộc thi Khởi nghiệp, đổi mới sáng tạo du lịch";
    static final String DRAFT = """
            {"sections":[
             {"code":"1","title":"Liên kết hợp tác trong công tác quản lý nhà nước về du lịch","activities":[
              {"code":"1.1","title":"Diễn đàn liên kết hợp tác phát triển du lịch vùng","theme":"Du lịch xanh - Phát triển bền vững",
               "timeframe":"Tháng 4/2025","location":"Tỉnh Bến Tre"}]},
             {"code":"2","title":"Liên kết hợp tác phát triển sản phẩm du lịch","activities":[
              {"code":"2.1","title":"Xây dựng Đề án phát triển sản phẩm du lịch liên kết","timeframe":"Năm 2025",
               "location":"Thành phố Hồ Chí Minh và các tỉnh, thành phố Đồng bằng sông Cửu Long"},
              {"code":"2.3","title":"Không gian kết nối các khu, điểm du lịch, cơ sở cung ứng dịch vụ",
               "theme":"Kết nối sản phẩm - Phát triển hành trình","timeframe":"Quý III/2025","location":"Tỉnh Tiền Giang"}]},
             {"code":"5","title":"Liên kết hợp tác xúc tiến đầu tư phát triển du lịch","activities":[
              {"code":"5.1","title":"%s","timeframe":"Quý IV/2025","location":"Tỉnh Kiên Giang"},
              {"code":"5.2","title":"Hội nghị xúc tiến đầu tư du lịch","timeframe":"Năm 2025",
               "leadUnit":"Trung tâm Xúc tiến Du lịch Thành phố Hồ Chí Minh","coordinatingUnits":["Sở Du lịch","Hội Lữ hành"]}]}]}"""
            .formatted(KHOI_NGHIEP);
    static final int ACTIVITIES = 5;
    static String hcmc;

    @BeforeAll
    static void aPlanOfTheirOwn() {
        hcmc = PLATFORM.token("ho-chi-minh-city");
        ApiClient.Response created = api.post("/api/programmes/hcmc-mekong-tourism/master-plans", hcmc, """
                {"number":"88/KH-SDL","title":"Kế hoạch thử các trang của đơn vị chủ trì năm 2025",
                 "issuer":"Sở Du lịch Thành phố Hồ Chí Minh","issuedOn":"2025-02-01",
                 "legalBases":["Kế hoạch số 350/KH-UBND năm 2024"],"period":{"from":"2025-01-01","to":"2025-12-31"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response draft = api.put(API_PLAN + "/draft", hcmc, DRAFT, "If-Match", created.header("ETag"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
    }

    /** The members on the plan's board now (thirteen on the 2024 map, six after the mergers). */
    static List<String> members() {
        return api.get(API_PLAN + "/compliance", hcmc).json().get("members").valueStream()
                .map(m -> m.get("memberId").asString()).toList();
    }

    @Test
    @Order(1)
    void beforePublishingLanReadsTheSentencesEachMemberWillReceiveThenLandsOnTheBoard() {
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/publish");

        List<String> preview = lan.all("#preview li").stream().map(WebElement::getText).toList();
        assertThat(preview).hasSize(ACTIVITIES).contains("Hoạt động 5.1 (mới): " + KHOI_NGHIEP);
        lan.assertAccessible("publish");
        lan.setDate(lan.find("form#publish input[name=revisionDueDate]"), TODAY.plusDays(20));
        lan.type(lan.find("form#publish textarea[name=summary]"), "Phiên bản đầu của kế hoạch thử");
        lan.submitByKeyboard(lan.find("form#publish button[type=submit]"));

        lan.waitForPath("/plans/" + PLAN + "/board");
        assertThat(lan.find(".notice").getText()).contains("Đã ban hành phiên bản 1");
        lan.open("/plans/" + PLAN + "/publish");
        assertThat(lan.find("#nothing-to-publish").getText()).contains("chưa có gì để ban hành");
        assertThat(lan.present("form#publish")).as("nothing to publish: no form").isFalse();
    }

    @Test
    @Order(2)
    void theBoardShowsEachMembersStatusInWordsAndExportsAsCsvAndXlsx() {
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/board");

        List<String> members = members();
        assertThat(lan.all("#board tbody tr[data-member]")).hasSize(members.size());
        String first = members.get(0);
        WebElement status = lan.find("#board tr[data-member='" + first + "'] .status");
        assertThat(status.getAttribute("data-status")).isIn("PENDING", "NOTIFIED", "REVISED");
        assertThat(status.getText()).isEqualTo(Map.of("PENDING", "Chưa được báo", "NOTIFIED", "Đã thông báo",
                "REVISED", "Đã điều chỉnh").get(status.getAttribute("data-status")));
        assertThat(lan.all(".counts li")).hasSize(4);
        lan.assertAccessible("board");

        String bom = (String) lan.script("return fetch('/plans/" + PLAN + "/board.csv').then(r => r.arrayBuffer())"
                + ".then(b => Array.from(new Uint8Array(b).slice(0, 3)).map(x => x.toString(16)).join(' '))");
        assertThat(bom).as("UTF-8 with a byte order mark, for Excel").isEqualTo("ef bb bf");
        // text() drops the byte order mark, as a decoder does; the lines end in CRLF, split in the page
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) lan.script("return fetch('/plans/" + PLAN + "/board.csv')"
                + ".then(r => r.text()).then(t => t.split('\\r\\n'))");
        assertThat(lines.get(0)).startsWith("Mã,\"Tỉnh, thành phố\",Trạng thái,");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(first + ","));
        assertThat(lines.size()).as("a header, a row a member (and its predecessors), and the last CRLF")
                .isGreaterThanOrEqualTo(members.size() + 2);
        String xlsx = (String) lan.script("return fetch('/plans/" + PLAN + "/board.xlsx').then(r => r.arrayBuffer())"
                + ".then(b => String.fromCharCode(...new Uint8Array(b).slice(0, 2)))");
        assertThat(xlsx).as("a zip, as every .xlsx is").isEqualTo("PK");
        Long unchanged = (Long) lan.script("const u = '/plans/" + PLAN + "/board/grid';"
                + "return fetch(u).then(r => fetch(u, {headers: {'If-None-Match': r.headers.get('ETag')}})).then(r => r.status)");
        assertThat(unchanged).as("the live grid answers 304 while nothing changed").isEqualTo(304L);

        lan.size(Browser.Size.PHONE).reload();
        lan.assertNoHorizontalScroll("board");
        lan.assertAccessible("board");
        lan.size(Browser.Size.DESKTOP);

        lan.submit(lan.find("#board tr[data-member='" + first + "'] th a"));
        assertThat(lan.path()).isEqualTo("/plans/" + PLAN + "/board/members/" + first);
        assertThat(lan.find("h1").getText()).endsWith("Lịch sử điều chỉnh");
        // told of version 1 and revised on it, once the events have come back (the page says when none has yet)
        assertThat(lan.present("#member-history tbody tr") || lan.find("main").getText().contains("Chưa có thay đổi nào"))
                .isTrue();
        lan.assertAccessible("a member's history");
    }

    @Test
    @Order(3)
    void aRefusedEditShowsItsReasonNextToTheFieldAndKeepsWhatWasTyped() {
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.PHONE).open("/plans/" + PLAN + "/draft");
        lan.assertNoHorizontalScroll("draft");
        lan.size(Browser.Size.DESKTOP);
        lan.assertAccessible("draft");
        WebElement form = lan.find("form[data-activity='2.3']");
        lan.type(form.findElement(By.name("title")), " ");
        lan.type(form.findElement(By.name("location")), "Tỉnh Vĩnh Long");
        lan.submit(form.findElement(By.name("save")));

        WebElement title = lan.find("form[data-activity='2.3'] [name=title]");
        assertThat(lan.find(".problem").getText()).contains("Thông tin chưa hợp lệ");
        assertThat(lan.find("#title-error.field-error").getText()).isEqualTo("Tên hoạt động: không được để trống");
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(title.getAttribute("aria-describedby")).contains("title-error");
        assertThat(lan.find("form[data-activity='2.3'] [name=location]").getAttribute("value")).isEqualTo("Tỉnh Vĩnh Long");
        lan.assertAccessible("draft, refused");
        assertThat(activity(api.get(API_PLAN, hcmc).json(), "2.3").get("location").asString()).as("nothing written")
                .isEqualTo("Tỉnh Tiền Giang");
    }

    @Test
    @Order(4)
    void aStaleEditShowsWhatChangedMeanwhileAndReAppliesOnTheCurrentEtag() {
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/draft");
        setLocation("2.3", "Tỉnh Bến Tre");
        WebElement form = lan.find("form[data-activity='2.3']");
        lan.type(form.findElement(By.name("theme")), "Kết nối hành trình xanh");
        lan.submit(form.findElement(By.name("save")));

        WebElement conflict = lan.find("#conflict");
        assertThat(conflict.findElement(By.cssSelector("tr[data-field='location']")).getText())
                .contains("Tỉnh Tiền Giang", "Tỉnh Bến Tre", "người khác đã sửa");
        assertThat(conflict.findElement(By.cssSelector("tr[data-field='theme']")).getText())
                .contains("Kết nối hành trình xanh", "bạn đã sửa");
        lan.assertAccessible("draft, conflict");
        lan.submit(lan.find("#conflict button[name=reapply]"));

        lan.waitForPath("/plans/" + PLAN + "/draft");
        JsonNode activity = activity(api.get(API_PLAN, hcmc).json(), "2.3");
        assertThat(activity.get("theme").asString()).isEqualTo("Kết nối hành trình xanh");
        assertThat(activity.get("location").asString()).as("the other change is kept").isEqualTo("Tỉnh Bến Tre");
    }

    @Test
    @Order(5)
    void theDiffShowsTwoVersionsSideBySideFieldByField() {
        ApiClient.Response published = api.post(API_PLAN + "/versions", hcmc,
                "{\"revisionDueDate\":\"" + TODAY.plusDays(30) + "\",\"summary\":\"Đổi địa điểm 2.3\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/versions");
        assertThat(lan.all("#versions tbody tr")).hasSize(2);
        lan.assertAccessible("versions");
        lan.submit(lan.find("#versions tr[data-version='2'] a"));

        assertThat(lan.path()).isEqualTo("/plans/" + PLAN + "/diff?from=1&to=2");
        WebElement changed = lan.find("section[data-activity='2.3'][data-kind='CHANGED']");
        WebElement location = changed.findElement(By.cssSelector("tr[data-field='location']"));
        assertThat(location.findElement(By.cssSelector(".old-side del")).getText()).isEqualTo("Tỉnh Tiền Giang");
        assertThat(location.findElement(By.cssSelector(".new-side ins")).getText()).isEqualTo("Tỉnh Bến Tre");
        assertThat(lan.all("section[data-activity]")).hasSize(1);
        assertThat(lan.find("#from").getAttribute("value")).isEqualTo("1");
        lan.assertAccessible("diff");
        lan.size(Browser.Size.PHONE).reload();
        lan.assertNoHorizontalScroll("diff");
        lan.size(Browser.Size.DESKTOP);
    }

    @Test
    @Order(6)
    void theProgressRollUpIsAnAccessibleChartWithTheSameFiguresInATable() {
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/progress");

        WebElement chart = lan.find("svg.progress-chart[role=img]");
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
        int members = members().size();
        assertThat((String) lan.script("return document.getElementById('chart-desc').textContent"))
                .startsWith(ACTIVITIES + " hoạt động, mỗi hoạt động " + members + " thành viên.");
        assertThat(lan.all("svg.progress-chart g.bar")).hasSize(ACTIVITIES);
        assertThat(lan.all("#progress-table tbody tr[data-activity]")).hasSize(ACTIVITIES);
        assertThat(lan.find("#progress-table tr[data-activity='2.3'] td[data-status='NONE']").getText())
                .as("nobody has reported on a plan just published").isEqualTo(String.valueOf(members));
        lan.assertAccessible("progress");
        lan.size(Browser.Size.PHONE).reload();
        lan.assertNoHorizontalScroll("progress");
        lan.size(Browser.Size.DESKTOP);
    }

    @Test
    @Order(7)
    void theAuditSaysWhoDidWhatAndAViewerCannotEdit() {
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/audit");
        assertThat(lan.find("#audit").getText()).contains("Ban hành phiên bản mới", "Sửa hoạt động 2.3", "Tạo kế hoạch");
        lan.assertAccessible("audit");
        lan.open("/plans/" + PLAN);
        assertThat(lan.find("h1").getText()).contains("88/KH-SDL");
        lan.assertAccessible("plan");

        // a viewer of a member reads the draft (or, once its province merged away, is refused it): no form either way
        Browser hoa = Browsers.signedIn(ConsoleStack.HOA).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/draft");
        assertThat(hoa.find("h1").getText()).isNotBlank();
        assertThat(hoa.present("form[data-activity]")).isFalse();
        assertThat(hoa.present("form[data-move]")).isFalse();
        hoa.open("/plans/" + PLAN + "/publish");
        assertThat(hoa.find("h1").getText()).isEqualTo("Không có quyền");
        assertThat(hoa.present("form#publish")).isFalse();
    }

    @Test
    @Order(8)
    void theBoardTurnsAMemberRevisedWhileItIsOpenWithoutAReload() {
        String member = members().get(0);
        String derived = "/api/provinces/" + member + "/derived-plans/" + PLAN;
        String token = PLATFORM.token(member);
        await().atMost(Duration.ofSeconds(90)).until(() -> api.get(derived, token).json().path("pendingChanges").size() > 0);
        Browser lan = Browsers.signedIn(ConsoleStack.LAN).size(Browser.Size.DESKTOP).open("/plans/" + PLAN + "/board");
        lan.script("document.body.dataset.openedOnce = 'yes'");

        ApiClient.Response read = api.get(derived, token);
        String resolutions = read.json().get("pendingChanges").valueStream()
                .map(c -> "{\"changeId\":\"" + c.get("changeId").asString() + "\",\"decision\":\"ADOPT\"}")
                .collect(java.util.stream.Collectors.joining(","));
        ApiClient.Response revised = api.post(derived + "/versions", token, "{\"resolutions\":[" + resolutions + "]}",
                "If-Match", read.header("ETag"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);

        lan.waitUntil(d -> "REVISED".equals(lan.find("#board tr[data-member='" + member + "'] .status").getAttribute("data-status")),
                Duration.ofSeconds(60));
        assertThat(lan.find("#board tr[data-member='" + member + "'] .status").getText()).isEqualTo("Đã điều chỉnh");
        assertThat(lan.script("return document.body.dataset.openedOnce")).as("the same page, not reloaded").isEqualTo("yes");
    }

    private static void setLocation(String code, String location) {
        ApiClient.Response read = api.get(API_PLAN, hcmc);
        ObjectNode activity = (ObjectNode) activity(read.json(), code);
        activity.put("location", location);
        ApiClient.Response changed = api.put(API_PLAN + "/draft/activities/" + code, hcmc, activity.toString(),
                "If-Match", read.header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private static JsonNode activity(JsonNode plan, String code) {
        return plan.get("draft").get("sections").valueStream().flatMap(s -> s.get("activities").valueStream())
                .filter(a -> a.get("code").asString().equals(code)).findFirst().orElseThrow();
    }
}
