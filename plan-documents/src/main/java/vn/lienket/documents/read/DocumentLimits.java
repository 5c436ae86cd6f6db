package vn.lienket.documents.read;

import java.time.Duration;

/**
 * How much one import may take. {@code maxBytes}: the upload; {@code maxPages}: a PDF's pages (and
 * a .docx's or text's equivalent, about 3 000 characters a page); {@code maxUnzippedBytes} and
 * {@code maxCompressionRatio}: what a .docx may expand to, in total and per entry;
 * {@code timeBudget}: reading and parsing together.
 */
public record DocumentLimits(long maxBytes, int maxPages, long maxUnzippedBytes, int maxCompressionRatio,
                             Duration timeBudget) {

    /** 20 MB, 300 pages, 100 MB unzipped at most 100 times its compressed size, 20 s. */
    public static DocumentLimits defaults() {
        return new DocumentLimits(20L * 1024 * 1024, 300, 100L * 1024 * 1024, 100, Duration.ofSeconds(20));
    }
}
