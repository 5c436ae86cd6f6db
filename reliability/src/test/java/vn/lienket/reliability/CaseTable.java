package vn.lienket.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The suite's record: each fault case, what it checked, and how it ended; printed and written at the end. */
final class CaseTable {

    /** A case's body: the checks it makes, in assertions. */
    interface Body {
        void run() throws Exception;
    }

    private record Row(String fault, String checked, String result, Duration took) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Runs a case, records it, and fails the test if it failed. */
    void run(String fault, String checked, Body body) throws Exception {
        long start = System.nanoTime();
        try {
            body.run();
            rows.add(new Row(fault, checked, "PASS", Duration.ofNanos(System.nanoTime() - start)));
        } catch (Exception | AssertionError e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            rows.add(new Row(fault, checked, "FAIL: " + first, Duration.ofNanos(System.nanoTime() - start)));
            throw e;
        }
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| fault | checked | result | took |\n|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.fault()).append(" | ").append(row.checked()).append(" | ").append(row.result())
                    .append(" | ").append(row.took().toSeconds()).append(" s |\n");
        }
        return table.toString();
    }

    void print(Path file) {
        String table = markdown();
        System.out.println("\nReliability cases\n\n" + table);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
