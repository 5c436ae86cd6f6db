package vn.lienket.plan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An exported file's name: ASCII for every client, UTF-8 (RFC 5987) for those that read it. */
class AttachmentNameTest {

    @Test
    void aNumberWithVietnameseLettersKeepsThemInTheUtf8Name() {
        assertThat(PlanDocumentController.attachment(PlanExports.fileKey("12/KH-ĐHT") + "-v1.pdf"))
                .isEqualTo("attachment; filename=\"12-KH-DHT-v1.pdf\"; filename*=UTF-8''12-KH-%C4%90HT-v1.pdf");
        assertThat(PlanDocumentController.attachment(PlanExports.fileKey("350/KH-UBND") + "-v3.pdf"))
                .isEqualTo("attachment; filename=\"350-KH-UBND-v3.pdf\"; filename*=UTF-8''350-KH-UBND-v3.pdf");
    }
}
