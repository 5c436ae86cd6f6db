package vn.lienket.support.documents;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.lienket.documents.write.UnwritableText;
import vn.lienket.support.web.ProblemWriter;

/**
 * A plan that cannot be exported because it holds a character the PDF's font cannot draw: 422
 * {@code document-unwritable}, naming the character, instead of a 500 or a file with a "?" in it.
 * (A document that cannot be read is {@link DocumentUploads}'s to answer.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnClass(name = "vn.lienket.documents.write.UnwritableText")
class DocumentProblems {

    @ExceptionHandler(UnwritableText.class)
    ResponseEntity<ProblemDetail> unwritable(UnwritableText e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).header("Content-Type", ProblemWriter.MEDIA_TYPE)
                .body(ProblemWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT, "document-unwritable",
                        "Document cannot be written", e.getMessage()
                                + "; change that text in the plan, or export it as docx"));
    }
}
