package vn.lienket.e2e.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests' screenshots go: {@code console-<name>.png} (desktop) and {@code console-<name>-phone.png}
 * (360 px). By default into {@code end-to-end-tests/target/screenshots}, so that a run leaves the work tree
 * clean; {@code -Dlienket.screenshots=docs/images} (relative to the repository root) refreshes the README's.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path directory() {
        String configured = System.getProperty("lienket.screenshots", System.getenv()
                .getOrDefault("LIENKET_SCREENSHOTS", "end-to-end-tests/target/screenshots"));
        Path directory = ConsoleStack.PLATFORM.root().resolve(configured);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String name, Browser.Size size) {
        return directory().resolve("console-" + name + (size == Browser.Size.PHONE ? "-phone" : "") + ".png");
    }
}
