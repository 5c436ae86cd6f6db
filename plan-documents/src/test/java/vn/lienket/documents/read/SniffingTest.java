package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.testing.TestDocuments;

/** The type comes from the bytes; the name a client gives is only repeated in messages. */
class SniffingTest {

    private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

    @Test
    void a_pdf_named_txt_is_read_as_a_pdf() {
        byte[] pdf = TestDocuments.pdf(List.of("Kế hoạch số 350/KH-UBND ngày 19/01/2024 của UBND tỉnh"));

        assertThat(reader.read(pdf, "ke-hoach.txt").format()).isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void a_docx_named_pdf_is_read_as_a_docx() {
        byte[] docx = TestDocuments.docx().paragraph("Kế hoạch").bytes();

        assertThat(reader.read(docx, "ke-hoach.pdf").format()).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void text_named_docx_is_read_as_text_and_markdown_named_txt_as_markdown() {
        assertThat(reader.read("Kế hoạch".getBytes(StandardCharsets.UTF_8), "ke-hoach.docx").format())
                .isEqualTo(DocumentFormat.TEXT);
        assertThat(reader.read("# Kế hoạch".getBytes(StandardCharsets.UTF_8), "ke-hoach.txt").format())
                .isEqualTo(DocumentFormat.MARKDOWN);
    }
}
