package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import vn.lienket.e2e.RunningPlatform;

/**
 * The administration pages in the browser, against the running stack: the platform admin creates a
 * programme and a person (the first password is shown once, and signs that person in), registers a
 * client, sees a refused succession name its field (nothing is written: the map other classes use
 * stays as it was), lists the parked records; an authority's admin sees only its own tenant's
 * people; a short link from an SMS leads to its console page. Everything it makes is its own (names
 * with a random suffix, authorities no other class uses).
 */
@ExtendWith({Browsers.class, RunningPlatform.class})
@Order(7)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPagesIT {

    /** So that a second run on the same stack makes new names. */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    /** Authorities no other test class uses: the lead and the member of this class's programme, the tenant of its person. */
    private static final String LEAD = "khanh-hoa";
    private static final String MEMBER = "lam-dong";
    private static final String PROGRAMME = "admin-e2e-" + RUN;
    private static final String PERSON = "e2e.thu" + RUN;
    private static final String CLIENT = "e2e-he-thong-" + RUN;

    private static Browser quan() {
        return Browsers.of(ConsoleStack.QUAN, Browser.Size.DESKTOP).signIn(ConsoleStack.QUAN);
    }

    /** A new browser of that person, signed in through the page they first open (as from a link in an SMS). */
    private static Browser signedInAt(String login, String page) {
        Browser browser = Browsers.fresh("admin-e2e-" + login, Browser.Size.PHONE);
        browser.open(page);
        browser.fillSignInForm(login, ConsoleStack.password(login));
        browser.waitForPath(page);
        assertThat(browser.find("#signed-in-as").getText()).contains(login);
        return browser;
    }

    /** Clicks a button that asks "are you sure?" (data-confirm), answering yes. */
    private static void confirmAndSubmit(Browser browser, WebElement button) {
        browser.script("window.confirm = function () { return true; };");
        browser.submit(button);
    }

    @Test
    @Order(1)
    void thePlatformAdminSeesTheOverviewAndEachAdminPage() {
        Browser quan = quan();
        quan.open("/admin");
        assertThat(quan.find("h1").getText()).isEqualTo("Quản trị");
        assertThat(quan.all("#admin-tiles [data-tile]")).extracting(t -> t.getAttribute("data-tile"))
                .containsExactly("programmes", "clients", "people", "successions", "dead-letters");
        for (String page : List.of("/admin", "/admin/programmes", "/admin/programmes/new", "/admin/clients", "/admin/people",
                "/admin/successions", "/admin/dead-letters")) {
            for (Browser.Size size : Browser.Size.values()) {
                quan.size(size).open(page);
                assertThat(quan.all("h1")).as("one h1 on %s", page).hasSize(1);
                quan.assertAccessible(page);
                quan.assertNoHorizontalScroll(page);
            }
        }
        quan.size(Browser.Size.DESKTOP);
    }

    @Test
    @Order(2)
    void aProgrammeRefusedNamesTheFieldThenIsCreatedWithAMemberFoundWithoutDiacritics() {
        Browser quan = quan().open("/admin/programmes/new");
        // no name: the API's refusal is shown next to the name, in Vietnamese
        quan.submit(quan.find("#create-programme"));
        assertThat(quan.find(".problem").getText()).contains("Thông tin chưa hợp lệ");
        assertThat(quan.find("#name-error").getText()).isEqualTo("Tên: là bắt buộc");
        assertThat(quan.find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        quan.assertAccessible("a refused programme");

        quan.type(quan.find("#name"), "Chương trình thử nghiệm quản trị " + RUN);
        quan.type(quan.find("#id"), PROGRAMME);
        quan.find("#sector-tourism").click();
        quan.type(quan.find("#otherSectors"), "logistics");
        quan.setDate(quan.find("#period\\.from"), LocalDate.of(2026, 1, 1));
        quan.setDate(quan.find("#period\\.to"), LocalDate.of(2030, 12, 31));
        new Select(quan.find("#leadAuthority")).selectByValue(LEAD);
        // "lam dong" without diacritics narrows the pickers to Lâm Đồng, keeping what was typed
        quan.type(quan.find("#q"), "lam dong");
        quan.submit(quan.find("button[name=find]"));
        assertThat(quan.all("#members input[type=checkbox]")).extracting(c -> c.getAttribute("value"))
                .containsExactlyInAnyOrder(MEMBER, LEAD);
        assertThat(quan.find("#name").getAttribute("value")).isEqualTo("Chương trình thử nghiệm quản trị " + RUN);
        quan.find("#member-" + MEMBER).click();
        quan.submit(quan.find("#create-programme"));

        quan.waitForPath("/admin/programmes/" + PROGRAMME);
        assertThat(quan.find(".notice").getText()).contains("Đã tạo chương trình");
        assertThat(quan.find("tr[data-member='" + MEMBER + "'] th").getText()).isEqualTo("Tỉnh Lâm Đồng");
        assertThat(quan.find("tr[data-member='" + MEMBER + "']").getText()).contains("Đang tham gia");
        quan.size(Browser.Size.PHONE);
        quan.assertNoHorizontalScroll("a programme of the admin");
        quan.size(Browser.Size.DESKTOP);
        assertThat(quan.find(".facts").getText()).contains("Tỉnh Khánh Hòa").contains("01/01/2026").contains("31/12/2030")
                .contains("Du lịch, logistics");
        quan.assertAccessible("a programme of the admin");

        // a member that would leave before it joined: refused next to its date
        quan.setDate(quan.find("#from-" + MEMBER), LocalDate.of(2025, 6, 1));
        confirmAndSubmit(quan, quan.find("tr[data-member='" + MEMBER + "'] button"));
        assertThat(quan.find("#from-error").getText()).startsWith("Ngày rời:").contains("01/01/2026");

        quan.open("/admin/programmes");
        assertThat(quan.find("tr[data-programme='" + PROGRAMME + "']").getText()).contains("Tỉnh Khánh Hòa").contains("Đang hoạt động");
    }

    @Test
    @Order(3)
    void aPersonIsCreatedAndTheirFirstPasswordIsShownOnceAndSignsThemIn() {
        Browser quan = quan().open("/admin/people");
        quan.type(quan.find("#username"), PERSON);
        new Select(quan.find("#tenant")).selectByValue(MEMBER);
        quan.find("#role-viewer").click();
        quan.submit(quan.find("#create-person"));

        quan.waitForPath("/admin/people");
        String password = quan.find("#initial-password").getText();
        assertThat(password).isNotBlank();
        assertThat(quan.find(".once").getText()).contains("Chỉ hiển thị một lần");
        assertThat(quan.find("tr[data-person='" + PERSON + "']").getText()).contains("Tỉnh Lâm Đồng").contains("Chỉ xem");
        quan.assertAccessible("a person created");
        quan.reload();
        assertThat(quan.present("#initial-password")).as("the password is shown once").isFalse();

        // the same login again: refused next to the login name
        quan.type(quan.find("#username"), PERSON);
        new Select(quan.find("#tenant")).selectByValue(MEMBER);
        quan.find("#role-viewer").click();
        quan.submit(quan.find("#create-person"));
        assertThat(quan.find("#username-error").getText()).contains("đã được dùng");

        Browser person = Browsers.fresh("admin-e2e-person", Browser.Size.PHONE).signIn(PERSON, password);
        assertThat(person.find("#signed-in-as").getText()).contains(PERSON);

        // their roles change on the version the page was read at
        quan.open("/admin/people/" + PERSON);
        quan.find("#role-planner").click();
        quan.submit(quan.find("#save-roles"));
        assertThat(quan.find(".notice").getText()).contains("Lập kế hoạch, Chỉ xem");
        assertThat(quan.find("#current-roles").getText()).isEqualTo("Lập kế hoạch, Chỉ xem");
    }

    @Test
    @Order(4)
    void aClientIsRegisteredItsSecretShownOnceAndItGetsAToken() throws Exception {
        Browser quan = quan().open("/admin/clients");
        quan.type(quan.find("#clientId"), CLIENT);
        new Select(quan.find("#tenant")).selectByValue(MEMBER);
        quan.find("#role-planner").click();
        quan.submit(quan.find("#register-client"));

        quan.waitForPath("/admin/clients");
        String secret = quan.find("#client-secret").getText();
        assertThat(token(CLIENT, secret)).isEqualTo(200);

        confirmAndSubmit(quan, quan.find("tr[data-client='" + CLIENT + "'] form[action$='/secret'] button"));
        String rotated = quan.find("#client-secret").getText();
        assertThat(rotated).isNotEqualTo(secret);
        assertThat(token(CLIENT, rotated)).isEqualTo(200);
        assertThat(token(CLIENT, secret)).as("the old secret is refused").isNotEqualTo(200);
        quan.reload();
        assertThat(quan.present("#client-secret")).isFalse();

        confirmAndSubmit(quan, quan.find("tr[data-client='" + CLIENT + "'] form[action$='/disable'] button"));
        assertThat(quan.find("tr[data-client='" + CLIENT + "'] .status").getText()).isEqualTo("Đã khóa");
    }

    @Test
    @Order(5)
    void aRefusedSuccessionNamesTheFieldAndChangesNothing() {
        JsonNode before = successionsOf("can-tho");
        Browser quan = quan().open("/admin/successions");
        new Select(quan.find("#successorId")).selectByValue("can-tho");
        quan.find("#predecessor-can-tho").click();
        quan.setDate(quan.find("#effectiveOn"), LocalDate.of(2025, 7, 1));
        quan.type(quan.find("#legalBasis"), "Thử: không được ghi");
        confirmAndSubmit(quan, quan.find("#record-succession"));

        // into itself: predecessors[0], next to the predecessors, in Vietnamese
        assertThat(quan.find(".problem").getText()).contains("Thông tin chưa hợp lệ");
        assertThat(quan.find("#predecessors-error").getText())
                .isEqualTo("Đơn vị được sáp nhập thứ 1: Thành phố Cần Thơ không thể sáp nhập vào chính nó: "
                        + "đơn vị được sáp nhập phải khác đơn vị tiếp nối");
        assertThat(quan.find(".problem a[href='#predecessors[0]']")).isNotNull();
        assertThat(quan.find("input[id='predecessors[0]']").isSelected()).isTrue();
        quan.assertAccessible("a refused succession");

        // no day: effectiveOn, next to the date (checked before the predecessors are)
        quan.script("arguments[0].value = ''", quan.find("#effectiveOn"));
        confirmAndSubmit(quan, quan.find("#record-succession"));
        assertThat(quan.find("#effectiveOn-error").getText()).isEqualTo("Ngày hiệu lực: là bắt buộc");
        assertThat(quan.find("#effectiveOn").getAttribute("aria-invalid")).isEqualTo("true");

        assertThat(successionsOf("can-tho")).isEqualTo(before);
    }

    @Test
    @Order(6)
    void theParkedRecordsOfEachServiceAreListedPossiblyNone() {
        Browser quan = quan().open("/admin/dead-letters");
        for (String service : List.of("plan-service", "province-service", "notification-service")) {
            WebElement part = quan.find("section[data-service='" + service + "']");
            assertThat(part.getText()).doesNotContain("Không đọc được");
            assertThat(!part.findElements(org.openqa.selenium.By.cssSelector("table")).isEmpty()
                    || !part.findElements(org.openqa.selenium.By.cssSelector(".empty-parked")).isEmpty())
                    .as("%s lists its parked records or says there are none", service).isTrue();
        }
        // from the keyboard: the filter's select and its button
        quan.tabFromTopTo(quan.find("#status"));
        new Select(quan.find("#status")).selectByValue("ALL");
        quan.submitByKeyboard(quan.find("#dead-letters-filter button"));
        assertThat(quan.path()).isEqualTo("/admin/dead-letters?status=ALL");
        quan.assertAccessible("the parked records");
    }

    @Test
    @Order(7)
    void anAuthorityAdminManagesItsOwnPeopleOnly() {
        Browser an = signedInAt(ConsoleStack.AN, "/admin");
        assertThat(an.all("#admin-tiles [data-tile]")).extracting(t -> t.getAttribute("data-tile")).containsExactly("people");
        an.open("/admin/people");
        assertThat(an.all("tr[data-person]")).extracting(r -> r.getAttribute("data-person"))
                .contains("an.pham", "lan.nguyen").doesNotContain("minh.tran", "quan.tri", PERSON);
        assertThat(an.present("#tenant")).as("its people are of its own tenant").isFalse();
        an.assertAccessible("an authority admin's people");
        an.assertNoHorizontalScroll("an authority admin's people");
        an.open("/admin/clients");
        assertThat(an.find("h1").getText()).isEqualTo("Không có quyền");
    }

    @Test
    @Order(8)
    void aShortLinkLeadsToItsConsolePageAndAnUnknownOneSaysSo() {
        // the alert previews make the links their SMS ends with, as a real alert does
        String token = ConsoleStack.PLATFORM.token(ConsoleStack.KIEN_GIANG);
        String sms = ConsoleStack.PLATFORM.api().get("/api/notifications/templates/revision-required/preview", token)
                .json().path("sms").path("text").asString();
        Matcher link = Pattern.compile("/l/([0-9A-Za-z]+)$").matcher(sms);
        assertThat(link.find()).as("the SMS ends with a short link: %s", sms).isTrue();
        String path = ConsoleStack.PLATFORM.api().get("/api/notifications/links/" + link.group(1), token).json()
                .path("path").asString();
        assertThat(path).startsWith("/provinces/" + ConsoleStack.KIEN_GIANG + "/plans/");

        // not signed in yet: the sign-in comes first, then the page of the link (here one not found)
        Browser minh = signedInAt(ConsoleStack.MINH, "/l/zzzzzz0");
        assertThat(minh.find("h1").getText()).isEqualTo("Không tìm thấy đường dẫn");
        assertThat(minh.find("#link-not-found").getText()).contains("zzzzzz0");
        minh.assertAccessible("a short link not found");

        // a known code redirects to its page (followed as the browser follows it; the page itself is another class's)
        Object landed = ((JavascriptExecutor) minh.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => done(r.redirected + ' ' + new URL(r.url).origin + new URL(r.url).pathname))
                    .catch(e => done('failed ' + e));""", "/l/" + link.group(1));
        assertThat(landed).isEqualTo("true " + ConsoleStack.console() + path);
    }

    private static JsonNode successionsOf(String authority) {
        String admin = ConsoleStack.PLATFORM.token("platform-admin");
        return ConsoleStack.PLATFORM.api().get("/api/authorities/" + authority + "/successions", admin).json();
    }

    /** The status of a client-credentials token request with that secret. */
    private static int token(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ConsoleStack.PLATFORM.gateway() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
