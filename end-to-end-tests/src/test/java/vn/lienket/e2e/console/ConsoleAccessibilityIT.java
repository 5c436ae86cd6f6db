package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.e2e.console.ConsoleStack.AN;
import static vn.lienket.e2e.console.ConsoleStack.HOA;
import static vn.lienket.e2e.console.ConsoleStack.KIEN_GIANG;
import static vn.lienket.e2e.console.ConsoleStack.LAN;
import static vn.lienket.e2e.console.ConsoleStack.MINH;
import static vn.lienket.e2e.console.ConsoleStack.PLAN;
import static vn.lienket.e2e.console.ConsoleStack.PLATFORM;
import static vn.lienket.e2e.console.ConsoleStack.QUAN;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import vn.lienket.e2e.RunningPlatform;

/**
 * Every main page of the console, opened by the person it is for, at 1280 px and at 360 px: axe-core
 * (WCAG 2.1 A/AA) finds nothing, the page has its landmarks and one h1, its body does not scroll
 * sideways on the phone (wide tables scroll inside .table-scroll), the skip link is the first Tab and
 * leads to the content, and the main actions work from the keyboard alone: Lan edits the draft and
 * publishes, Minh adopts the change and publishes his revision, with Tab, Space and Enter. Each page's
 * screenshots go to {@link Screenshots}. A test per person: every page is checked and each fault named
 * before the test fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith({Browsers.class, RunningPlatform.class})
@Order(3)
class ConsoleAccessibilityIT {

    static final String P = "/plans/" + PLAN;
    static final String DERIVED = "/provinces/" + KIEN_GIANG + "/plans/" + PLAN;
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 4);

    /** What went wrong on the pages checked so far in a test, each with its page. */
    final List<String> faults = new ArrayList<>();

    /** Runs a check, keeping its failure for the end of the test so that every page gets checked. */
    void keep(String what, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            faults.add(what + ": " + e.getMessage());
        }
    }

    void noFaults() {
        assertThat(faults).as(() -> faults.size() + " fault(s):\n\n" + String.join("\n\n", faults)).isEmpty();
    }

    /**
     * One page at both sizes: layout landmarks, one h1, axe, no sideways scroll at 360 px, the skip link,
     * screenshots {@code console-<name>.png} and {@code console-<name>-phone.png}.
     */
    void page(Browser browser, String name, String path) {
        keep(name + " (" + path + ")", () -> {
            browser.size(Browser.Size.DESKTOP).open(path);
            assertThat(browser.path()).as("not redirected away").startsWith(path.replaceAll("[?#].*", ""));
            layout(browser, name);
            skipLink(browser, name);
        });
        for (Browser.Size size : Browser.Size.values()) {
            browser.size(size);
            keep(name + " at " + size, () -> browser.assertAccessible(name));
            if (size == Browser.Size.PHONE) {
                keep(name + " at 360 px", () -> browser.assertNoHorizontalScroll(name));
            }
            keep(name + " screenshot", () -> browser.screenshot(name));
        }
        browser.size(Browser.Size.DESKTOP);
    }

    static void layout(Browser browser, String name) {
        assertThat(browser.all("h1")).as(name + ": one h1").hasSize(1);
        assertThat(browser.present("header")).as(name + ": header").isTrue();
        assertThat(browser.present("main#main")).as(name + ": main#main").isTrue();
        assertThat(browser.present("footer")).as(name + ": footer").isTrue();
        if (browser.present("#signed-in-as")) {
            assertThat(browser.present("nav[aria-label='Chính']")).as(name + ": the main nav").isTrue();
            assertThat(browser.present("#sign-out")).as(name + ": sign out").isTrue();
        }
    }

    /**
     * The first Tab lands on the skip link, visibly, and Enter on it takes the reader to the content; on a page
     * whose refusal has taken the focus, the refusal is where the reader starts.
     */
    static void skipLink(Browser browser, String name) {
        if ("problem".equals(browser.script("return document.activeElement && document.activeElement.id"))) {
            // a refusal takes the focus on load (console.js) so that it is read first: there the reader starts
            assertThat(browser.find("#problem").getAttribute("role")).as(name + ": the focused refusal").isEqualTo("alert");
            return;
        }
        browser.script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        browser.press(Keys.TAB);
        WebElement first = browser.driver().switchTo().activeElement();
        assertThat(first.getAttribute("href")).as(name + ": the first Tab stop is the skip link").endsWith("#main");
        assertThat(first.isDisplayed() && browser.focusVisible()).as(name + ": the skip link shows when focused").isTrue();
        browser.press(Keys.ENTER);
        browser.waitUntil(d -> browser.url().endsWith("#main"));
    }

    static JsonNode masterPlan() {
        return PLATFORM.api().get("/api/master-plans/" + PLAN, PLATFORM.token("ho-chi-minh-city")).json();
    }

    @Test
    @Order(1)
    void theSignInPageAndItsRefusal() {
        Browser browser = Browsers.of(HOA);
        browser.signOut();
        browser.open("/");
        keep("sign-in", () -> layoutOfSignIn(browser));
        for (Browser.Size size : Browser.Size.values()) {
            browser.size(size);
            keep("sign-in at " + size, () -> browser.assertAccessible("sign-in"));
            keep("sign-in screenshot", () -> browser.screenshot("sign-in"));
        }
        browser.size(Browser.Size.PHONE);
        keep("sign-in at 360 px", () -> browser.assertNoHorizontalScroll("sign-in"));
        // a wrong password, typed and sent from the keyboard only
        browser.size(Browser.Size.DESKTOP);
        browser.tabFromTopTo(browser.find("#username")).sendKeys(HOA);
        browser.press(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("password");
        browser.press("wrong");
        browser.untilNextPage(() -> browser.press(Keys.ENTER));
        browser.find("[role=alert]");
        keep("sign-in refused", () -> browser.assertAccessible("sign-in refused"));
        browser.fillSignInForm(HOA, ConsoleStack.password(HOA));
        browser.waitUntil(d -> browser.isSignedInAs(HOA));
        noFaults();
    }

    static void layoutOfSignIn(Browser browser) {
        assertThat(browser.url()).startsWith(ConsoleStack.identity());
        assertThat(browser.all("h1")).hasSize(1);
        assertThat(browser.find("label[for=username]").getText()).isNotBlank();
        assertThat(browser.find("label[for=password]").getText()).isNotBlank();
    }

    @Test
    @Order(2)
    void theLeadsPagesAndTheDraftAndPublishFromTheKeyboard() {
        Browser lan = Browsers.signedIn(LAN);
        int latest = masterPlan().get("latestVersion").get("number").asInt();

        page(lan, "todo-lead", "/");
        page(lan, "programmes", "/programmes");
        page(lan, "programme", "/programmes/hcmc-mekong-tourism");
        page(lan, "plan", P);
        page(lan, "progress", P + "/progress");
        page(lan, "versions", P + "/versions");
        page(lan, "diff", P + "/diff?from=1&to=" + latest);
        page(lan, "audit", P + "/audit");
        page(lan, "documents", P + "/documents");
        page(lan, "deliveries", "/deliveries");
        page(lan, "derived-plan-lead", DERIVED);
        page(lan, "member-history", P + "/board/members/" + KIEN_GIANG);
        page(lan, "short-link-unknown", "/l/zzzzzzz");

        // the draft: Tab to 2.3's location, type, Tab to its save button, Enter
        keep("draft from the keyboard", () -> {
            lan.open(P + "/draft");
            WebElement form = lan.find("form[data-activity='2.3']");
            WebElement location = form.findElement(By.name("location"));
            String now = location.getAttribute("value");
            lan.tabFromTopTo(location);
            location.sendKeys(Keys.chord(Keys.CONTROL, "a"), now.equals("Tỉnh Bạc Liêu") ? "Tỉnh Sóc Trăng" : "Tỉnh Bạc Liêu");
            lan.submitByKeyboard(lan.find("form[data-activity='2.3'] button[name=save]"));
            assertThat(lan.find(".notice").getText()).contains("2.3");
        });
        page(lan, "draft", P + "/draft");

        // publish: the preview, then the summary typed and the form sent from the keyboard
        page(lan, "publish", P + "/publish");
        keep("publish from the keyboard", () -> {
            lan.open(P + "/publish");
            assertThat(lan.find("#preview").getText()).contains("2.3");
            lan.tabFromTopTo(lan.find("form#publish textarea[name=summary]")).sendKeys("Kiểm tra bằng bàn phím " + SUFFIX);
            lan.submitByKeyboard(lan.find("form#publish button[type=submit]"));
            lan.waitForPath(P + "/board");
            assertThat(masterPlan().get("latestVersion").get("number").asInt()).isEqualTo(latest + 1);
        });
        page(lan, "board", P + "/board");
        noFaults();
    }

    @Test
    @Order(3)
    void theMembersPagesAndTheRevisionFromTheKeyboard() {
        Browser minh = Browsers.signedIn(MINH);
        int latest = masterPlan().get("latestVersion").get("number").asInt();

        page(minh, "todo", "/");
        page(minh, "plan-member", P);
        page(minh, "versions-member", P + "/versions");
        page(minh, "diff-member", P + "/diff?from=1&to=" + latest);
        page(minh, "derived-plan", DERIVED);
        page(minh, "derived-audit", DERIVED + "/audit");
        page(minh, "derived-documents", DERIVED + "/documents");
        page(minh, "deliveries-member", "/deliveries");
        page(minh, "refused-board", P + "/board");

        // each pending change adopted with Space on its radio, the revision published with Enter
        keep("revision from the keyboard", () -> {
            minh.open(DERIVED);
            List<WebElement> pending = minh.all("form#publish-revision fieldset[data-change]");
            assertThat(pending).as("the changes Lan's keyboard published, pending").isNotEmpty();
            for (WebElement fieldset : pending) {
                WebElement adopt = fieldset.findElement(By.cssSelector("input[type=radio][value=ADOPT]"));
                List<WebElement> radios = fieldset.findElements(By.cssSelector("input[type=radio]"));
                minh.tabUntil(radios::contains, "a decision of " + fieldset.getAttribute("data-change"));
                // arrow keys move within a radio group; Space checks the focused radio
                for (int i = 0; i < radios.size() && !adopt.equals(minh.driver().switchTo().activeElement()); i++) {
                    minh.press(Keys.ARROW_UP);
                }
                minh.press(Keys.SPACE);
                assertThat(adopt.isSelected()).as(fieldset.getAttribute("data-change") + " adopted").isTrue();
            }
            minh.submitByKeyboard(minh.find("form#publish-revision button[type=submit]"));
            minh.find("#plan-status[data-status='UP_TO_DATE']");
        });
        page(minh, "derived-plan-revised", DERIVED);
        noFaults();
    }

    @Test
    @Order(4)
    void theViewersDerivedPlan() {
        Browser hoa = Browsers.signedIn(HOA);
        page(hoa, "derived-plan-viewer", DERIVED);
        noFaults();
    }

    @Test
    @Order(5)
    void theAdminPages() {
        Browser quan = Browsers.signedIn(QUAN);
        page(quan, "admin", "/admin");
        page(quan, "admin-programmes", "/admin/programmes");
        page(quan, "admin-programme", "/admin/programmes/hcmc-mekong-tourism");
        page(quan, "admin-programme-new", "/admin/programmes/new");
        page(quan, "admin-clients", "/admin/clients");
        page(quan, "admin-people", "/admin/people");
        page(quan, "admin-person", "/admin/people/" + MINH);
        page(quan, "admin-successions", "/admin/successions");
        page(quan, "admin-dead-letters", "/admin/dead-letters");
        keep("admin people from the keyboard", () -> {
            quan.open("/admin/people");
            WebElement first = quan.find("main form[method=post] input:not([type=hidden]), main form[method=post] select");
            quan.tabFromTopTo(first);
        });

        Browser an = Browsers.signedIn(AN);
        page(an, "admin-people-authority", "/admin/people");
        noFaults();
    }
}
