package vn.lienket.documents.read;

import java.time.Duration;

import vn.lienket.documents.DocumentRefused;

/**
 * The time budget of one read, checked between pages, paragraphs and rows: reading runs on the
 * caller's thread, so a slow document is stopped at the next check rather than by another thread.
 */
final class Deadline {

    private final long startNanos = System.nanoTime();
    private final Duration budget;
    private final String fileName;

    Deadline(Duration budget, String fileName) {
        this.budget = budget;
        this.fileName = fileName;
    }

    void check() {
        if (System.nanoTime() - startNanos > budget.toNanos()) {
            throw new DocumentRefused(DocumentRefused.Reason.TOO_SLOW, "Reading " + fileName + " took longer than the "
                    + budget.toSeconds() + " s an import may take; split the document or simplify it.");
        }
    }
}
