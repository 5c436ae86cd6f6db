package vn.lienket.e2e.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of a test run, one per person (or per name), opened on first use and shared by the
 * test classes, closed when the run ends. As an extension (put it before {@code RunningPlatform}) it
 * skips the class when Debian's Chromium or chromedriver is missing, unless
 * {@code LIENKET_BROWSER_TESTS=required} (as {@code .ci/run} sets), when it fails saying what to install.
 */
public final class Browsers implements BeforeAllCallback {

    private static final Map<String, Browser> OPEN = new LinkedHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        requireChromium();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Browsers.class, key -> (AutoCloseable) Browsers::closeAll);
    }

    /** Whether the browser tests must run (fail when Chromium is missing) rather than be skipped. */
    static boolean required() {
        return "required".equalsIgnoreCase(System.getProperty("lienket.browser-tests",
                System.getenv().getOrDefault("LIENKET_BROWSER_TESTS", "")));
    }

    static void requireChromium() {
        boolean chromium = Files.isExecutable(Path.of(Browser.CHROMIUM));
        boolean driver = Files.isExecutable(Path.of(Browser.CHROMEDRIVER));
        if (chromium && driver) {
            return;
        }
        String missing = (chromium ? "" : Browser.CHROMIUM + " ") + (driver ? "" : Browser.CHROMEDRIVER);
        String message = "the console's browser tests need Debian's Chromium and chromedriver (missing: " + missing.strip()
                + "): apt-get install -y chromium chromium-driver";
        if (required()) {
            throw new IllegalStateException(message + " (LIENKET_BROWSER_TESTS=required)");
        }
        Assumptions.abort(message + "; skipped (set LIENKET_BROWSER_TESTS=required to fail instead)");
    }

    /** The named browser, started at desktop size the first time (reused, with its session, afterwards). */
    public static synchronized Browser of(String name) {
        return OPEN.computeIfAbsent(name, n -> Browser.start(n, Browser.Size.DESKTOP));
    }

    /** The named browser at that size (switched, if it was open at the other). */
    public static synchronized Browser of(String name, Browser.Size size) {
        Browser browser = of(name);
        return browser.size() == size ? browser : browser.size(size);
    }

    /** A person's browser, signed in (reusing the session when it is still signed in as them). */
    public static Browser signedIn(String login) {
        return of(login).signIn(login);
    }

    /** A new browser by that name, closing one left open under it. */
    public static synchronized Browser fresh(String name, Browser.Size size) {
        Browser old = OPEN.remove(name);
        if (old != null) {
            old.close();
        }
        return of(name, size);
    }

    static synchronized void closeAll() {
        RuntimeException failed = null;
        for (Browser browser : OPEN.values()) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        OPEN.clear();
        if (failed != null) {
            throw failed;
        }
    }
}
