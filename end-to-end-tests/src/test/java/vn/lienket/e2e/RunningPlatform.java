package vn.lienket.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.lienket.localplatform.LocalPlatform;

/**
 * Starts the local platform once for every test class of the run, from clean data, and stops it
 * when the last class is done: the classes are ordered (see junit-platform.properties) and share
 * one stack instead of paying a minute each to start their own.
 */
public final class RunningPlatform implements BeforeAllCallback {

    // another offset (-Dlienket.e2e.port-offset) lets two checkouts run their suites at once
    public static final LocalPlatform PLATFORM = new LocalPlatform(Integer.getInteger("lienket.e2e.port-offset", 1000),
            "end-to-end-tests/target/platform-data", java.util.Map.of());

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(RunningPlatform.class, key -> {
            try {
                PLATFORM.clean();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            PLATFORM.up();
            return (AutoCloseable) PLATFORM::down;
        });
    }
}
