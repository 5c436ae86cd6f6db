package vn.lienket.plan.documents;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import vn.lienket.documents.DocumentRefused;
import vn.lienket.support.web.ApiException;

/** The one place a document's refusal becomes a problem: its reason's slug and status, on the field {@code file}. */
final class DocumentProblems {

    /** The multipart part that carries the document. */
    static final String FILE = "file";

    private DocumentProblems() {
    }

    static ApiException refused(DocumentRefused refused) {
        String message = refused.getMessage();
        return new ApiException(HttpStatus.valueOf(refused.reason().status()), refused.reason().slug(), message, FILE,
                List.of(Map.of("field", FILE, "message", message)));
    }

    /** 413 before anything is read: the upload is over the multipart limit. */
    static ApiException tooLarge(long length, long max) {
        return refused(new DocumentRefused(DocumentRefused.Reason.TOO_LARGE, "The upload has " + length
                + " bytes; a plan document takes at most " + max));
    }

    /** 400: no document in the part {@code file}, or an empty one. */
    static ApiException missingFile(String detail) {
        return ApiException.invalid(FILE, detail);
    }
}
