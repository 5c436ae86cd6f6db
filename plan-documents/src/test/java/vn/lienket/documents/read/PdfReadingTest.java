package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.testing.TestDocuments;

class PdfReadingTest {

    private static final List<String> PAGE = List.of(
            "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
            "KẾ HOẠCH",
            "Thực hiện Kế hoạch số 350/KH-UBND ngày 19/01/2024",
            "1. Tổ chức hội chợ thương mại vùng",
            "- Đơn vị chủ trì: Sở Công Thương");

    private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

    @Test
    void a_pdf_gives_a_line_block_per_line_traced_to_its_page() {
        SourceDocument document = reader.read(TestDocuments.pdfPages(List.of(PAGE, List.of("Nơi nhận:",
                "- Như trên;", "- Lưu: VT."))), "ke-hoach.pdf");

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(document.pages()).isEqualTo(2);
        assertThat(document.blocks()).extracting(Block::text).containsExactly(
                "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "KẾ HOẠCH", "Thực hiện Kế hoạch số 350/KH-UBND ngày 19/01/2024",
                "1. Tổ chức hội chợ thương mại vùng", "- Đơn vị chủ trì: Sở Công Thương",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        assertThat(document.blocks().get(4).source()).isEqualTo("page 1, line 5");
        assertThat(document.blocks().get(5).source()).isEqualTo("page 2, line 1");
        assertThat(document.blocks()).allMatch(block -> block.kind() == Block.Kind.LINE);
    }

    @Test
    void text_written_decomposed_in_the_pdf_is_read_composed() {
        List<String> decomposed = PAGE.stream().map(line -> Normalizer.normalize(line, Normalizer.Form.NFD)).toList();

        SourceDocument document = reader.read(TestDocuments.pdf(decomposed), "nfd.pdf");

        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(PAGE);
    }

    @Test
    void a_pdf_made_from_a_vni_document_is_converted() {
        SourceDocument document = reader.read(TestDocuments.pdf(LegacySamples.VNI_LINES), "vni.pdf");

        assertThat(document.encoding()).isEqualTo("VNI");
        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(LegacySamples.UNICODE_LINES);
    }

    @Test
    void a_pdf_anyone_may_open_is_read_even_if_its_owner_restricted_it() {
        SourceDocument document = reader.read(TestDocuments.encryptedPdf(PAGE, ""), "han-che.pdf");

        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(PAGE);
    }

    @Test
    void a_pdf_protected_by_a_password_is_refused_as_malformed() {
        assertThatThrownBy(() -> reader.read(TestDocuments.encryptedPdf(PAGE, "mat-khau"), "mat.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.MALFORMED);
                    assertThat(refused.getMessage()).contains("mat.pdf").contains("protected by a password");
                });
    }

    @Test
    void a_scan_without_a_text_layer_needs_ocr_first() {
        assertThatThrownBy(() -> reader.read(TestDocuments.scanLikePdf(2), "scan.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.NEEDS_OCR);
                    assertThat(refused.getMessage()).contains("scan.pdf").contains("scan").contains("OCR");
                });
    }

    @Test
    void a_pdf_with_text_on_some_pages_and_scans_on_others_needs_ocr_naming_the_scanned_pages() throws Exception {
        byte[] mixed;
        try (PDDocument text = Loader.loadPDF(TestDocuments.pdf(PAGE));
             PDDocument scans = Loader.loadPDF(TestDocuments.scanLikePdf(2))) {
            for (PDPage page : scans.getPages()) {
                text.importPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            text.save(out);
            mixed = out.toByteArray();
        }
        // page 1 has letters enough for all three pages on average: only counting page by page finds the scans
        byte[] document = mixed;

        assertThatThrownBy(() -> reader.read(document, "half-scanned.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.NEEDS_OCR);
                    assertThat(refused.getMessage()).contains("pages 2, 3");
                });
    }

    @Test
    void a_pdf_running_javascript_when_opened_is_refused_as_active_content() {
        assertThatThrownBy(() -> reader.read(TestDocuments.pdfWithJavaScriptOpenAction(PAGE), "js.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.ACTIVE_CONTENT);
                    assertThat(refused.getMessage()).contains("js.pdf").contains("JavaScript");
                });
    }

    @Test
    void a_pdf_with_javascript_behind_a_link_is_refused_as_active_content() {
        assertThatThrownBy(() -> reader.read(TestDocuments.pdfWithJavaScriptLink(PAGE), "link.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.ACTIVE_CONTENT);
                    assertThat(refused.getMessage()).contains("link.pdf").contains("JavaScript");
                });
    }

    @Test
    void a_pdf_carrying_an_embedded_file_is_refused_as_active_content() {
        assertThatThrownBy(() -> reader.read(TestDocuments.pdfWithEmbeddedFile(PAGE), "dinh-kem.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.ACTIVE_CONTENT);
                    assertThat(refused.getMessage()).contains("dinh-kem.pdf").contains("embedded");
                });
    }

    @Test
    void more_pages_than_the_limit_is_too_large() {
        DocumentReader twoPages = new DocumentReader(new DocumentLimits(10L * 1024 * 1024, 2, 10L * 1024 * 1024, 100,
                java.time.Duration.ofSeconds(20)));

        assertThatThrownBy(() -> twoPages.read(TestDocuments.pdfPages(List.of(PAGE, PAGE, PAGE)), "ba-trang.pdf"))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(DocumentRefused.Reason.TOO_LARGE);
                    assertThat(refused.getMessage()).contains("ba-trang.pdf").contains("3 pages").contains("2");
                });
    }
}
