package vn.lienket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void searchKeysIgnoreDiacriticsCaseAndSpacing() {
        assertThat(VietnameseText.searchKey("  Hội nghị,   xúc tiến ĐẦU TƯ. ")).isEqualTo("hoi nghi xuc tien dau tu");
        assertThat(VietnameseText.matches("Tỉnh Kiên Giang", "kien gia")).isTrue();
        assertThat(VietnameseText.matches("cuộc thi Khởi nghiệp", "hoi nghi")).isFalse();
    }

    @Test
    void theDWithAStrokeIsAD() {
        assertThat(VietnameseText.withoutDiacritics("Đồng Tháp, đường")).isEqualTo("Dong Thap, duong");
        assertThat(VietnameseText.matches("Tỉnh Đồng Tháp", "dong thap")).isTrue();
    }
}
