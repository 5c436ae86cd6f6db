package vn.lienket.plan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienket.support.web.Attachments;

/** An exported file's name: after the plan's number and version, its Vietnamese letters kept in the UTF-8 name. */
class FileNamesTest {

    @Test
    void aNumberWithVietnameseLettersKeepsThemInTheUtf8Name() {
        assertThat(Attachments.disposition(PlanExports.fileKey("12/KH-ĐHT") + "-v1.pdf"))
                .isEqualTo("attachment; filename=\"12-KH-DHT-v1.pdf\"; filename*=UTF-8''12-KH-%C4%90HT-v1.pdf");
        assertThat(Attachments.disposition(PlanExports.fileKey("350/KH-UBND") + "-v3.pdf"))
                .isEqualTo("attachment; filename=\"350-KH-UBND-v3.pdf\"; filename*=UTF-8''350-KH-UBND-v3.pdf");
    }

}
