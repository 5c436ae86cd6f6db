package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.DocumentRefused.Reason;
import vn.lienket.documents.testing.TestDocuments;

/** Files built to hurt: each is refused with a sentence a person can act on, never a stack trace. */
class HostileFilesTest {

    /** 1 MB uploads, 4 MB unzipped: small enough that the bombs stay small. */
    private static final DocumentLimits SMALL = new DocumentLimits(1024 * 1024, 50, 4L * 1024 * 1024, 100,
            Duration.ofSeconds(20));

    private final DocumentReader reader = new DocumentReader(SMALL);

    @Test
    void a_docx_whose_document_inflates_past_the_limit_is_a_zip_bomb() {
        byte[] bomb = TestDocuments.zipBombDocx(16L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(64 * 1024);

        assertRefused(bomb, "bom.docx", Reason.ZIP_BOMB, "zip bomb");
    }

    @Test
    void an_entry_expanding_far_more_than_documents_do_is_a_zip_bomb_even_within_the_total() {
        DocumentReader roomy = new DocumentReader(new DocumentLimits(1024 * 1024, 50, 64L * 1024 * 1024, 100,
                Duration.ofSeconds(20)));

        assertThatThrownBy(() -> roomy.read(TestDocuments.zipBombDocx(8L * 1024 * 1024), "bom.docx"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.ZIP_BOMB);
                    assertThat(refused.getMessage()).contains("bom.docx").contains("times");
                });
    }

    @Test
    void a_truncated_docx_is_malformed_in_plain_words() {
        byte[] docx = TestDocuments.docx().heading(1, "KẾ HOẠCH").paragraph("Nội dung").bytes();

        DocumentRefused refused = assertRefused(TestDocuments.truncated(docx), "cut.docx", Reason.MALFORMED,
                "truncated or corrupt");
        assertThat(refused.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_docx_with_macros_is_active_content() {
        byte[] docm = TestDocuments.withMacros(TestDocuments.docx().paragraph("Kế hoạch").bytes());

        assertRefused(docm, "macro.docx", Reason.ACTIVE_CONTENT, "macros");
    }

    @Test
    void a_zip_that_is_not_a_word_document_is_unsupported() {
        assertRefused(TestDocuments.plainZip(), "plan.docx", Reason.UNSUPPORTED_FORMAT, "not a Word");
    }

    @Test
    void random_bytes_are_unsupported_whatever_the_name() {
        assertRefused(TestDocuments.randomBinary(4096, 15), "ke-hoach.txt", Reason.UNSUPPORTED_FORMAT, "neither");
    }

    @Test
    void a_file_over_the_size_limit_is_too_large_with_both_sizes() {
        byte[] big = "Ke hoach\n".repeat(3 * 512 * 1024 / 9 + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        DocumentRefused refused = assertRefused(big, "lon.txt", Reason.TOO_LARGE, "MB");
        assertThat(refused.getMessage()).contains("is 1.5 MB").contains("at most 1 MB");
    }

    @Test
    void a_pdf_cut_short_is_malformed_even_though_its_first_pages_could_be_rebuilt() {
        byte[] pdf = TestDocuments.pdf(List.of("Kế hoạch số 350/KH-UBND", "Nội dung hoạt động vùng"));

        assertRefused(TestDocuments.truncated(pdf), "cut.pdf", Reason.MALFORMED, "truncated");
    }

    @Test
    void reading_past_the_time_budget_is_too_slow() {
        DocumentReader hurried = new DocumentReader(new DocumentLimits(1024 * 1024, 50, 4L * 1024 * 1024, 100,
                Duration.ZERO));
        byte[] docx = TestDocuments.docx().paragraph("Kế hoạch").paragraph("Nội dung").bytes();

        assertRefused(hurried, docx, "cham.docx", Reason.TOO_SLOW, "longer than");
    }

    @Test
    void reading_a_pdf_past_the_time_budget_is_too_slow() {
        DocumentReader hurried = new DocumentReader(new DocumentLimits(1024 * 1024, 50, 4L * 1024 * 1024, 100,
                Duration.ZERO));

        assertRefused(hurried, TestDocuments.pdf(List.of("Kế hoạch số 350/KH-UBND ngày 19/01/2024")), "cham.pdf",
                Reason.TOO_SLOW, "longer than");
    }

    private DocumentRefused assertRefused(byte[] content, String fileName, Reason reason, String words) {
        return assertRefused(reader, content, fileName, reason, words);
    }

    private static DocumentRefused assertRefused(DocumentReader reader, byte[] content, String fileName, Reason reason,
                                                 String words) {
        try {
            reader.read(content, fileName);
        } catch (DocumentRefused refused) {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.getMessage()).contains(fileName).contains(words);
            return refused;
        }
        throw new AssertionError(fileName + " was read instead of refused as " + reason);
    }
}
