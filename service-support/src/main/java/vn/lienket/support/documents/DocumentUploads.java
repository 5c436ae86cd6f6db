package vn.lienket.support.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.PlanParser;
import vn.lienket.documents.read.DocumentLimits;
import vn.lienket.documents.read.DocumentReader;
import vn.lienket.documents.read.SourceDocument;
import vn.lienket.support.web.ApiException;

/**
 * Reads an uploaded plan document, the one way every import does: within {@code lienket.documents.*}
 * ({@code max-bytes}, {@code max-pages}, {@code max-unzipped-bytes}, {@code max-compression-ratio},
 * {@code time-budget}; each one unset is {@link DocumentLimits#defaults()}'s), the part {@code file}
 * required and not empty, and a refused document answered as its reason's problem on {@code file}
 * (400 malformed, 413 too large or a zip bomb, 415 unsupported, 422 needs OCR, legacy encoding,
 * active content, too slow). Nothing is stored here.
 */
@Component
@ConditionalOnClass(name = "vn.lienket.documents.read.DocumentReader")
public class DocumentUploads {

    /** The multipart part every upload carries its document in. */
    public static final String FILE = "file";
    private static final int MAX_NAME = 255;

    private final DocumentReader reader;

    DocumentUploads(@Value("${lienket.documents.max-bytes:#{null}}") DataSize maxBytes,
                    @Value("${lienket.documents.max-pages:#{null}}") Integer maxPages,
                    @Value("${lienket.documents.max-unzipped-bytes:#{null}}") DataSize maxUnzippedBytes,
                    @Value("${lienket.documents.max-compression-ratio:#{null}}") Integer maxCompressionRatio,
                    @Value("${lienket.documents.time-budget:#{null}}") Duration timeBudget) {
        DocumentLimits d = DocumentLimits.defaults();
        this.reader = new DocumentReader(new DocumentLimits(maxBytes == null ? d.maxBytes() : maxBytes.toBytes(),
                maxPages == null ? d.maxPages() : maxPages,
                maxUnzippedBytes == null ? d.maxUnzippedBytes() : maxUnzippedBytes.toBytes(),
                maxCompressionRatio == null ? d.maxCompressionRatio() : maxCompressionRatio,
                timeBudget == null ? d.timeBudget() : timeBudget));
    }

    public DocumentLimits limits() {
        return reader.limits();
    }

    /** The upload read and its plan parsed; 400 on {@code file} without one, or the document's refusal. */
    public UploadedDocument read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid(FILE, "send the plan document (.docx, .pdf, .txt or .md) in the part file; "
                    + (file == null ? "there is none" : "it is empty"));
        }
        try {
            return read(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reading and parsing share the time budget: a parse that ends past it is {@code document-too-slow},
     * and one that fails on a document the reader took is {@code document-malformed}, never a 500.
     */
    UploadedDocument read(String sentName, byte[] content) {
        String fileName = fileName(sentName);
        long started = System.nanoTime();
        try {
            SourceDocument document = reader.read(content, fileName);
            ParsedPlan plan;
            try {
                plan = PlanParser.parse(document);
            } catch (RuntimeException e) {
                throw new DocumentRefused(DocumentRefused.Reason.MALFORMED, fileName
                        + " was read but no plan could be found in it (" + e.getClass().getSimpleName() + ")", e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (took.compareTo(reader.limits().timeBudget()) > 0) {
                throw new DocumentRefused(DocumentRefused.Reason.TOO_SLOW, fileName + " took " + took.toSeconds()
                        + " s to read, more than the " + reader.limits().timeBudget().toSeconds() + " s an import may take");
            }
            return new UploadedDocument(fileName, content.length, sha256(content), document, plan);
        } catch (DocumentRefused refused) {
            throw refused(refused);
        }
    }

    /** A document's refusal as the problem every service answers: its reason's slug and status, on {@code file}. */
    public static ApiException refused(DocumentRefused refused) {
        String message = refused.getMessage();
        return new ApiException(HttpStatus.valueOf(refused.reason().status()), refused.reason().slug(), message, FILE,
                List.of(Map.of("field", FILE, "message", message)));
    }

    /** The name as sent, without a client's folders or control characters, at most 255 characters; "document" when none was sent. */
    static String fileName(String sent) {
        if (sent == null || sent.isBlank()) {
            return "document";
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        name = name.isEmpty() ? "document" : name;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
