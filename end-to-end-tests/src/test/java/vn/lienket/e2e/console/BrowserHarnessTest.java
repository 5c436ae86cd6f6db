package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The harness itself, without the stack: Debian's Chromium starts headless, axe-core runs in a page
 * and names what is wrong, the phone size is 360 px wide, sideways scrolling and the keyboard are seen.
 */
class BrowserHarnessTest {

    static Browser browser;

    @BeforeAll
    static void start() {
        Browsers.requireChromium();
        browser = Browser.start("harness", Browser.Size.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static String page(String body) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html lang=\"vi\"><head>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Thử</title></head>"
                + "<body><main><h1>Thử</h1>" + body + "</main></body></html>", StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void axeNamesEachViolationWithItsTarget() {
        browser.size(Browser.Size.DESKTOP).open(page("<img src=\"x.png\"><input id=\"q\" type=\"text\">"));

        assertThatThrownBy(() -> browser.assertAccessible("a broken page"))
                .hasMessageContaining("image-alt").hasMessageContaining("label").hasMessageContaining("\"#q\"")
                .hasMessageContaining("critical");
    }

    @Test
    void aCleanPageHasNoViolation() {
        browser.size(Browser.Size.DESKTOP).open(page("<label for=\"q\">Tìm</label><input id=\"q\" type=\"text\">"
                + "<button type=\"button\" id=\"go\">Tìm kiếm</button>"));

        browser.assertAccessible("a clean page");
        browser.assertNoHorizontalScroll("a clean page");
    }

    @Test
    void thePhoneIs360PixelsWideAndSeesAPageTooWide() {
        browser.size(Browser.Size.PHONE).open(page("<div style=\"width:500px\" id=\"wide\">rộng</div>"
                + "<div class=\"table-scroll\" style=\"overflow-x:auto\"><table><tr><td style=\"min-width:900px\">bảng</td></tr></table></div>"));
        try {
            assertThat(browser.script("return document.documentElement.clientWidth")).isEqualTo(360L);
            assertThatThrownBy(() -> browser.assertNoHorizontalScroll("a wide page"))
                    .hasMessageContaining("div#wide").hasMessageNotContaining("td");
        } finally {
            browser.size(Browser.Size.DESKTOP);
        }
    }

    @Test
    void theKeyboardReachesAButtonAndPressesIt() {
        browser.size(Browser.Size.DESKTOP).open(page("<a href=\"#x\">một</a> <input aria-label=\"hai\">"
                + "<button type=\"button\" id=\"go\" onclick=\"this.textContent='Đã bấm'\">Bấm</button>"));

        browser.tabFromTopTo(browser.find("#go"));
        browser.press(Keys.ENTER);

        assertThat(browser.find("#go").getText()).isEqualTo("Đã bấm");
    }
}
