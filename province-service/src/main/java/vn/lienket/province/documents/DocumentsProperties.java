package vn.lienket.province.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.lienket.documents.read.DocumentLimits;

/**
 * How much one uploaded document may take ({@code lienket.documents.*}); each limit left unset is
 * {@link DocumentLimits#defaults()}'s. The multipart limits in {@code application.yml} sit a little
 * above {@code max-bytes}, so that the reader, not the servlet container, names what is too large.
 */
@ConfigurationProperties("lienket.documents")
record DocumentsProperties(Long maxBytes, Integer maxPages, Long maxUnzippedBytes, Integer maxCompressionRatio,
                           Duration timeBudget) {

    DocumentLimits limits() {
        DocumentLimits defaults = DocumentLimits.defaults();
        return new DocumentLimits(maxBytes != null ? maxBytes : defaults.maxBytes(),
                maxPages != null ? maxPages : defaults.maxPages(),
                maxUnzippedBytes != null ? maxUnzippedBytes : defaults.maxUnzippedBytes(),
                maxCompressionRatio != null ? maxCompressionRatio : defaults.maxCompressionRatio(),
                timeBudget != null ? timeBudget : defaults.timeBudget());
    }
}
