package vn.lienket.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void aNameWithVietnameseLettersKeepsThemInTheUtf8NameAndLosesTheirMarksInTheAsciiOne() {
        assertThat(Attachments.disposition("12-KH-ĐHT-v1.pdf"))
                .isEqualTo("attachment; filename=\"12-KH-DHT-v1.pdf\"; filename*=UTF-8''12-KH-%C4%90HT-v1.pdf");
        assertThat(Attachments.disposition("kien-giang-350-KH-UBND-v2.pdf"))
                .isEqualTo("attachment; filename=\"kien-giang-350-KH-UBND-v2.pdf\"; filename*=UTF-8''kien-giang-350-KH-UBND-v2.pdf");
        assertThat(Attachments.disposition("Kế hoạch \"v2\".pdf"))
                .isEqualTo("attachment; filename=\"Ke hoach v2.pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%22v2%22.pdf");
    }
}
