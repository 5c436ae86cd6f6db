package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.e2e.console.ConsoleStack.HOA;
import static vn.lienket.e2e.console.ConsoleStack.KIEN_GIANG;
import static vn.lienket.e2e.console.ConsoleStack.LAN;
import static vn.lienket.e2e.console.ConsoleStack.MINH;
import static vn.lienket.e2e.console.ConsoleStack.PLAN;
import static vn.lienket.e2e.console.ConsoleStack.PLATFORM;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import vn.lienket.e2e.RunningPlatform;
import vn.lienket.support.testing.ApiClient;

/**
 * The six steps in Chromium against the running stack, from whatever state plan 350 is in:
 * Lan moves activity 2.3 and publishes; Minh, on a 360 px screen, sees it on "Việc cần làm", adopts it
 * and publishes the revision; Lan's board, never reloaded, turns Kiên Giang REVISED; Hoa reads and
 * cannot edit, and what she forces is refused; a stale draft edit shows the conflict and re-applies;
 * a wrong password stays on the sign-in form.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith({Browsers.class, RunningPlatform.class})
@Order(3)
class ConsoleFlowIT {

    static final String DRAFT = "/plans/" + PLAN + "/draft";
    static final String DERIVED = "/provinces/" + KIEN_GIANG + "/plans/" + PLAN;
    static final String API_PLAN = "/api/master-plans/" + PLAN;
    static final String API_DERIVED = "/api/provinces/" + KIEN_GIANG + "/derived-plans/" + PLAN;
    static final LocalDate DUE = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(21);
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 4);
    static final Duration LIVE = Duration.ofSeconds(90);

    static ApiClient api;
    /** Where 2.3 is held after step 1: a province it has not been in before. */
    static String newLocation;
    /** The version step 1 publishes. */
    static int published;

    @BeforeAll
    static void planIsThere() {
        api = PLATFORM.api();
        String hcmc = PLATFORM.token("ho-chi-minh-city");
        JsonNode plan = Browsers.of(LAN).waitUntil(d -> {
            ApiClient.Response read = api.get(API_PLAN, hcmc);
            return read.status() == 200 && !read.json().get("latestVersion").isNull() ? read.json() : null;
        }, Duration.ofSeconds(120));
        String location = activity(plan.get("draft"), "2.3").path("location").asString("");
        newLocation = List.of("Tỉnh Hậu Giang", "Tỉnh Trà Vinh").stream().filter(l -> !l.equals(location)).findFirst().orElseThrow();
    }

    static JsonNode activity(JsonNode draft, String code) {
        for (JsonNode section : draft.get("sections")) {
            for (JsonNode activity : section.get("activities")) {
                if (code.equals(activity.get("code").asString())) {
                    return activity;
                }
            }
        }
        throw new AssertionError("no activity " + code + " in " + draft);
    }

    static JsonNode masterPlan() {
        return api.get(API_PLAN, PLATFORM.token("ho-chi-minh-city")).json();
    }

    static JsonNode derivedPlan() {
        return api.get(API_DERIVED, PLATFORM.token(KIEN_GIANG)).json();
    }

    static WebElement field(WebElement form, String name) {
        return form.findElement(By.name(name));
    }

    @Test
    @Order(1)
    void lanMovesActivity23AndPublishesWithADueDate() {
        Browser lan = Browsers.signedIn(LAN);
        int before = masterPlan().get("latestVersion").get("number").asInt();

        lan.open(DRAFT);
        WebElement form = lan.find("form[data-activity='2.3']");
        lan.type(field(form, "location"), newLocation);
        lan.submit(form.findElement(By.cssSelector("button[name=save]")));

        assertThat(lan.find(".notice").getText()).contains("2.3");
        assertThat(field(lan.find("form[data-activity='2.3']"), "location").getAttribute("value")).isEqualTo(newLocation);

        lan.open("/plans/" + PLAN + "/publish");
        assertThat(lan.find("#preview").getText()).as("the sentence the members will receive").contains("2.3", newLocation);
        WebElement publish = lan.find("form#publish");
        lan.setDate(field(publish, "revisionDueDate"), DUE);
        lan.type(field(publish, "summary"), "Chuyển hoạt động 2.3 về " + newLocation);
        lan.submit(publish.findElement(By.cssSelector("button[type=submit]")));

        published = masterPlan().get("latestVersion").get("number").asInt();
        assertThat(published).isEqualTo(before + 1);
        // publishing lands on the board: it stays open, never reloaded, until step 3 sees Kiên Giang revise
        lan.waitForPath("/plans/" + PLAN + "/board");
        lan.find("#board tr[data-member='" + KIEN_GIANG + "']");
        lan.script("window.lienketNotReloaded = true;");
        screenshotBoth(lan, "board");
    }

    @Test
    @Order(2)
    void minhOnHisPhoneSeesTheChangeAdoptsItAndPublishesTheRevision() {
        Browser minh = Browsers.of(MINH, Browser.Size.PHONE).signIn(MINH);
        String due = DUE.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        // the revision reaches province-service through Kafka: "Việc cần làm" shows it once it has
        WebElement todo = minh.waitUntil(d -> {
            minh.open("/");
            return minh.all("ol.todo a[href$='" + DERIVED + "']").stream()
                    .filter(a -> a.findElement(By.xpath("./..")).getText().contains(due)).findFirst().orElse(null);
        }, LIVE);
        minh.assertNoHorizontalScroll("Việc cần làm");
        minh.screenshot("todo");
        minh.submit(todo);

        minh.waitForPath(DERIVED);
        String change = "2.3@v" + published;
        minh.find("fieldset[data-change='" + change + "']");
        assertThat(minh.find("fieldset[data-change='" + change + "']").getText()).contains(newLocation);
        List<WebElement> pending = minh.all("form#publish-revision fieldset[data-change]");
        assertThat(pending).isNotEmpty();
        for (WebElement fieldset : pending) {
            WebElement adopt = fieldset.findElement(By.cssSelector("input[type=radio][value=ADOPT]"));
            // a tap on its label, as on a phone
            fieldset.findElement(By.cssSelector("label[for='" + adopt.getAttribute("id") + "']")).click();
            assertThat(adopt.isSelected()).isTrue();
        }
        minh.assertNoHorizontalScroll("the derived plan");
        minh.screenshot("derived-plan");
        minh.submit(minh.find("form#publish-revision button[type=submit]"));

        minh.waitForPath(DERIVED);
        minh.find("#plan-status[data-status='UP_TO_DATE']");
        assertThat(minh.present("fieldset[data-change]")).as("nothing left pending").isFalse();
        assertThat(derivedPlan().get("basedOnVersion").asInt()).isEqualTo(published);
    }

    @Test
    @Order(3)
    void lansBoardTurnsKienGiangRevisedWithoutAReload() {
        Browser lan = Browsers.of(LAN);

        WebElement status = lan.waitUntil(d -> lan.all("#board tr[data-member='" + KIEN_GIANG + "'] .status[data-status='REVISED']")
                .stream().findFirst().orElse(null), LIVE);

        assertThat(status.getText()).isEqualTo("Đã điều chỉnh");
        assertThat(lan.script("return window.lienketNotReloaded === true")).as("the same page, never reloaded").isEqualTo(true);
        assertThat(lan.path()).isEqualTo("/plans/" + PLAN + "/board");
    }

    @Test
    @Order(4)
    void hoaReadsTheDerivedPlanButNothingLetsHerEditAndWhatSheForcesIsRefused() {
        Browser hoa = Browsers.signedIn(HOA);
        int version = derivedPlan().get("derivedVersion").asInt();

        hoa.open(DERIVED);
        hoa.find("#plan-status");
        assertThat(hoa.find("h1").getText()).contains("350/KH-UBND");
        assertThat(hoa.all("main form[method=post], main form[method=POST]")).as("forms that write").isEmpty();
        assertThat(hoa.all("main button, main input:not([type=hidden]), main textarea, main select").stream()
                .filter(WebElement::isEnabled).filter(e -> !"search".equals(e.getAttribute("type")))
                .map(hoa::describe).toList()).as("controls that edit").isEmpty();

        // a revision forced past the page: a form she builds herself, with her session's CSRF token
        String etag = api.get(API_DERIVED, PLATFORM.token(KIEN_GIANG)).header("ETag");
        hoa.script("""
                const form = document.createElement('form');
                form.method = 'post'; form.action = arguments[0]; form.id = 'forced';
                const add = (name, value) => { const i = document.createElement('input'); i.type = 'hidden';
                    i.name = name; i.value = value; form.appendChild(i); };
                const csrf = document.querySelector('input[name=_csrf]');
                if (csrf) { add('_csrf', csrf.value); }
                add('etag', arguments[1]);
                const button = document.createElement('button'); button.type = 'submit'; button.textContent = 'Xuất bản';
                form.appendChild(button); document.querySelector('main').appendChild(form);""", DERIVED + "/versions", etag);
        hoa.submit(hoa.find("form#forced button"));

        WebElement refusal = hoa.find(".problem[role=alert]");
        assertThat(refusal.getText()).as("the refusal, in words").isNotBlank();
        assertThat(derivedPlan().get("derivedVersion").asInt()).as("nothing was published").isEqualTo(version);
        hoa.assertAccessible("the derived plan with its refusal");
        hoa.screenshot("refused");
    }

    @Test
    @Order(5)
    void aStaleDraftEditShowsWhatChangedAndReappliesIt() {
        Browser first = Browsers.signedIn(LAN);
        Browser second = Browsers.of(LAN + "-2").signIn(LAN);
        first.open(DRAFT);
        second.open(DRAFT);
        String timeframe = "Quý IV/2024 (" + SUFFIX + ")";
        String theme = "Du lịch sinh thái " + SUFFIX;

        WebElement mine = first.find("form[data-activity='2.3']");
        first.type(field(mine, "timeframe"), timeframe);
        first.submit(mine.findElement(By.cssSelector("button[name=save]")));
        first.find(".notice");

        WebElement stale = second.find("form[data-activity='2.3']");
        second.type(field(stale, "theme"), theme);
        second.submit(stale.findElement(By.cssSelector("button[name=save]")));

        WebElement conflict = second.find("#conflict");
        assertThat(conflict.getText()).as("what the other save changed").contains("2.3", timeframe);
        assertThat(second.all("#conflict tr[data-field]").stream().map(r -> r.getAttribute("data-field")).toList())
                .contains("timeframe", "theme");
        second.assertAccessible("the draft's conflict panel");
        second.screenshot("draft-conflict");
        second.submit(second.find("#conflict button[name=reapply]"));

        second.find(".notice");
        assertThat(second.present("#conflict")).isFalse();
        JsonNode saved = activity(masterPlan().get("draft"), "2.3");
        assertThat(saved.path("timeframe").asString()).as("the other save kept").isEqualTo(timeframe);
        assertThat(saved.path("theme").asString()).as("the re-applied edit").isEqualTo(theme);
        assertThat(saved.path("location").asString()).isEqualTo(newLocation);
    }

    @Test
    @Order(6)
    void aWrongPasswordStaysOnTheSignInForm() {
        Browser stranger = Browsers.of(LAN + "-2");
        stranger.signOut();
        stranger.open("/");
        String signInPage = stranger.path();

        stranger.fillSignInForm(LAN, "not-" + ConsoleStack.password(LAN));

        assertThat(stranger.url()).startsWith(ConsoleStack.identity());
        assertThat(stranger.path()).startsWith(signInPage);
        assertThat(stranger.find("#username").getAttribute("value")).isEqualTo(LAN);
        assertThat(stranger.find("#password").getAttribute("value")).isEmpty();
        WebElement error = stranger.find("[role=alert]");
        assertThat(error.getText()).contains("mật khẩu");
        assertThat(stranger.find("#password").getAttribute("aria-describedby")).isEqualTo(error.getAttribute("id"));
        assertThat(stranger.present("#signed-in-as")).isFalse();
        stranger.assertAccessible("the sign-in form after a wrong password");
        stranger.screenshot("sign-in-refused");
    }

    static void screenshotBoth(Browser browser, String name) {
        Browser.Size was = browser.size();
        browser.size(Browser.Size.DESKTOP).screenshot(name);
        browser.size(Browser.Size.PHONE).screenshot(name);
        browser.size(was);
    }
}
