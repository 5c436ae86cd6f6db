package vn.lienket.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's Chromium, headless, through Debian's chromedriver (never Selenium Manager), with a
 * fresh profile. Sized as a desktop (1280×900) or a phone (360×740, mobile emulation), switchable
 * on the same session. Every wait is a {@link WebDriverWait} on what the page shows.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How long a page, a redirect or a live update may take on the local stack. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The two screens the console must work on. */
    public enum Size {
        DESKTOP(1280, 900, false), PHONE(360, 740, true);

        final int width;
        final int height;
        final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** Selenium looks for CDP classes of this Chromium's version (it has none, and needs none: commands go raw). */
    private static final java.util.logging.Logger QUIET_CDP = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        QUIET_CDP.setLevel(java.util.logging.Level.SEVERE);
    }

    private final String name;
    private final Path profile;
    private final ChromeDriver driver;
    private Size size;

    private Browser(String name, Path profile, ChromeDriver driver) {
        this.name = name;
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser; {@code name} names its chromedriver log in target/browser-logs. */
    static Browser start(String name, Size size) {
        try {
            Path profile = Files.createTempDirectory("lienket-chromium-");
            Path logs = Files.createDirectories(ConsoleStack.PLATFORM.root().resolve("end-to-end-tests/target/browser-logs"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withLogFile(logs.resolve(name + "-chromedriver.log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // a removal asks "are you sure?" (console.js): the person in a test says yes
            options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--lang=vi-VN", "--window-size=1280,900", "--user-data-dir=" + profile);
            Browser browser = new Browser(name, profile, new ChromeDriver(service, options));
            browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            browser.size(size);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public WebDriver driver() {
        return driver;
    }

    public Size size() {
        return size;
    }

    /** Emulates the screen (the layout viewport, as a phone or a desktop lays out); keeps the page. */
    public Browser size(Size wanted) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", wanted.width, "height",
                wanted.height, "deviceScaleFactor", 1, "mobile", wanted.mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", wanted.mobile));
        this.size = wanted;
        return this;
    }

    // --- navigation ---------------------------------------------------------------------------

    /** Opens a console page ({@code /plans/…}) or any absolute URL, and waits until it has loaded. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.matches("^[a-z]+:.*") ? pathOrUrl : ConsoleStack.console() + pathOrUrl);
        awaitLoaded();
        return this;
    }

    /** Reloads (only where a test means to; the board is never reloaded). */
    public Browser reload() {
        driver.navigate().refresh();
        awaitLoaded();
        return this;
    }

    /** Waits until the document has loaded; a question asked while the browser is still navigating is asked again. */
    public void awaitLoaded() {
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** The current address's path and query, e.g. {@code /plans/350-kh-ubnd-2024/draft}. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    // --- signing in ---------------------------------------------------------------------------

    /** Signs in through the identity provider's own form with the person's local password. */
    public Browser signIn(String login) {
        return signIn(login, ConsoleStack.password(login));
    }

    public Browser signIn(String login, String password) {
        open("/");
        if (isSignedInAs(login)) {
            return this;
        }
        if (url().startsWith(ConsoleStack.console())) {
            // someone else's session: sign out first
            signOut();
            open("/");
        }
        fillSignInForm(login, password);
        waitUntil(d -> url().startsWith(ConsoleStack.console()) && !find("#signed-in-as").getText().isBlank());
        assertThat(find("#signed-in-as").getText()).contains(login);
        return this;
    }

    /** On the identity provider's sign-in page: types the login and the password, and submits. */
    public void fillSignInForm(String login, String password) {
        waitUntil(d -> url().startsWith(ConsoleStack.identity()) && present("#username"));
        type(find("#username"), login);
        type(find("#password"), password);
        find("form[action='/login'] button[type=submit]").click();
        awaitLoaded();
    }

    public boolean isSignedInAs(String login) {
        return url().startsWith(ConsoleStack.console()) && present("#signed-in-as")
                && find("#signed-in-as").getText().contains(login);
    }

    /** Signs out of the console (and, through it, of the identity provider). */
    public void signOut() {
        if (url().startsWith(ConsoleStack.console()) && present("#sign-out")) {
            submit(find("#sign-out"));
        }
        if (url().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    // --- finding and waiting ------------------------------------------------------------------

    /** The element matching the CSS selector, once it is in the page. */
    public WebElement find(String css) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The element, once it is shown. */
    public WebElement visible(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Optional<WebElement> maybe(String css) {
        List<WebElement> found = all(css);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public boolean present(String css) {
        return !all(css).isEmpty();
    }

    /** Waits (up to {@link #PATIENCE}) until the condition holds (non-null, non-false). */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(condition, PATIENCE);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition, Duration atMost) {
        return new WebDriverWait(driver, atMost).ignoring(NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the element's text contains the text. */
    public WebElement waitForText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    /** Waits until the browser is at a console path (after a redirect-after-POST, say). */
    public void waitForPath(String path) {
        waitUntil(d -> path().equals(path) || path().startsWith(path + "?") || path().startsWith(path + "#"));
        awaitLoaded();
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Clears a field and types into it, as a person would. */
    public void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date input (ISO yyyy-MM-dd) through the DOM: typing into date inputs depends on the locale. */
    public void setDate(WebElement field, java.time.LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, date.toString());
    }

    /** Clicks a button that submits a form and waits for the next page. */
    public void submit(WebElement button) {
        untilNextPage(button::click);
    }

    /**
     * Does what loads the next page (a click, Enter) and waits until a new document has replaced this one and has
     * loaded. The old document is marked and the wait asks for the mark: a stale element is not a reliable sign, since
     * chromedriver can answer a question about it mid-navigation with an "unknown error" instead of "stale".
     */
    public void untilNextPage(Runnable action) {
        String mark = java.util.UUID.randomUUID().toString();
        driver.executeScript("window.__lienketDocument = arguments[0];", mark);
        action.run();
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                .until(d -> !mark.equals(driver.executeScript("return window.__lienketDocument;")));
        awaitLoaded();
    }

    // --- the keyboard -------------------------------------------------------------------------

    /** Presses Tab until the element has the focus (from wherever the focus is now); fails if it never does. */
    public WebElement tabTo(WebElement target) {
        for (int presses = 0; presses < 300; presses++) {
            if (target.equals(driver.switchTo().activeElement())) {
                assertThat(focusVisible()).as("the focused %s shows where the focus is", describe(target)).isTrue();
                return target;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reaches " + describe(target) + " on " + path());
    }

    /** Presses Tab until the focused element is one the test wants (a radio of a group, say); returns it. */
    public WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, String what) {
        for (int presses = 0; presses < 300; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            boolean found;
            try {
                found = focused != null && wanted.test(focused);
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                found = false;
            }
            if (found) {
                assertThat(focusVisible()).as("the focused %s shows where the focus is", describe(focused)).isTrue();
                return focused;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reaches " + what + " on " + path());
    }

    /** Tabs from the top of the page to the element. */
    public WebElement tabFromTopTo(WebElement target) {
        driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        return tabTo(target);
    }

    /** Presses a key on whatever has the focus (Enter, Space, …). */
    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Tabs to a submit button and presses Enter: the next page loads. */
    public void submitByKeyboard(WebElement button) {
        tabFromTopTo(button);
        untilNextPage(() -> press(Keys.ENTER));
    }

    /** Whether the focused element draws a visible focus indicator (outline or box-shadow). */
    public boolean focusVisible() {
        return Boolean.TRUE.equals(driver.executeScript("""
                const e = document.activeElement; if (!e || e === document.body) return false;
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"""));
    }

    public String describe(WebElement element) {
        return String.valueOf(driver.executeScript("""
                const e = arguments[0];
                return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
                    + ' "' + (e.innerText || e.value || '').trim().slice(0, 40) + '"';""", element));
    }

    // --- checks -------------------------------------------------------------------------------

    /** axe-core (WCAG 2.1 A/AA) finds nothing on the page shown now. */
    public void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.run(driver);
        assertThat(violations).as(() -> Axe.describe(page + " (" + path() + ", " + size + ")", violations)).isEmpty();
    }

    /** The page's body does not scroll sideways (a wide table scrolls inside its own .table-scroll). */
    public void assertNoHorizontalScroll(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) driver.executeScript("""
                const d = document.documentElement, w = d.clientWidth;
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > w + 1)
                    .filter(e => getComputedStyle(e).position !== 'fixed' && !e.closest('.visually-hidden, .skip-link'))
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                        ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
                return {scroll: Math.max(d.scrollWidth, document.body.scrollWidth), client: w, wide: wide.join(', ')};""");
        long scroll = ((Number) widths.get("scroll")).longValue();
        long client = ((Number) widths.get("client")).longValue();
        assertThat(scroll).as("%s (%s) at %d px scrolls sideways to %d px; too wide: %s", page, path(), client, scroll,
                widths.get("wide")).isLessThanOrEqualTo(client);
    }

    /** A full-page PNG into {@link Screenshots} ({@code console-<name>.png}, or {@code -phone.png} at 360 px). */
    @SuppressWarnings("unchecked")
    public Path screenshot(String pageName) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double height = Math.min(((Number) content.get("height")).doubleValue(), 3000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.width,
                        "height", Math.max(height, size.height), "scale", 1)));
        Path file = Screenshots.file(pageName, size);
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp dir; the OS cleans it
            }
        }
    }

    @Override
    public String toString() {
        return name + " at " + driver.getCurrentUrl();
    }
}
