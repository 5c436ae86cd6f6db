package vn.lienket.province.documents;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import vn.lienket.documents.DocumentRefused;
import vn.lienket.support.web.ApiException;

/** The one place a refused document becomes a problem: its reason's slug and status, on the field {@code file}. */
final class DocumentProblems {

    static final String FILE = "file";

    private DocumentProblems() {
    }

    static ApiException refused(DocumentRefused refused) {
        String message = refused.getMessage();
        return new ApiException(HttpStatus.valueOf(refused.reason().status()), refused.reason().slug(), message, FILE,
                List.of(Map.of("field", FILE, "message", message)));
    }

    /** No {@code file} part, or an empty one. */
    static ApiException missingFile() {
        return ApiException.invalid(FILE, "send the plan as the multipart part named file (.docx, .pdf, .txt or .md)");
    }
}
