package vn.lienket.documents.read;

import java.util.Locale;

/** Sizes as a person reads them in a refusal. */
final class Sizes {

    private Sizes() {
    }

    static String mb(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 10 || mb == Math.rint(mb)) {
            return String.format(Locale.ROOT, "%.0f MB", mb);
        }
        return String.format(Locale.ROOT, mb >= 0.1 ? "%.1f MB" : "%.3f MB", mb);
    }
}
