package vn.lienket.plan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names: an exported file's, ASCII for every client and UTF-8 (RFC 5987) for those that read it; an upload's as kept. */
class FileNamesTest {

    @Test
    void aNumberWithVietnameseLettersKeepsThemInTheUtf8Name() {
        assertThat(PlanDocumentController.attachment(PlanExports.fileKey("12/KH-ĐHT") + "-v1.pdf"))
                .isEqualTo("attachment; filename=\"12-KH-DHT-v1.pdf\"; filename*=UTF-8''12-KH-%C4%90HT-v1.pdf");
        assertThat(PlanDocumentController.attachment(PlanExports.fileKey("350/KH-UBND") + "-v3.pdf"))
                .isEqualTo("attachment; filename=\"350-KH-UBND-v3.pdf\"; filename*=UTF-8''350-KH-UBND-v3.pdf");
    }

    @Test
    void anUploadsNameIsKeptWithoutTheClientsFolders() {
        assertThat(PlanImportController.fileName("C:\\Users\\so-du-lich\\Kế hoạch 350.docx")).isEqualTo("Kế hoạch 350.docx");
        assertThat(PlanImportController.fileName("/home/a/350.pdf")).isEqualTo("350.pdf");
        assertThat(PlanImportController.fileName(null)).isEqualTo("document");
        assertThat(PlanImportController.fileName("x".repeat(300) + ".txt")).hasSize(255);
    }
}
