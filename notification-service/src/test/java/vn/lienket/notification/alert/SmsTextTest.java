package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienket.sms.SegmentedSms;
import vn.lienket.sms.SmsEncoding;
import vn.lienket.sms.SmsSegmenter;

/** An SMS with its link: whole when it fits, else the words shortened in their own alphabet, the link never cut. */
class SmsTextTest {

    static final String LINK = "http://127.0.0.1:8090/l/3kTMd9x";

    @Test
    void aShortTextKeepsItsWordsAndTheLinkFollowsThem() {
        assertThat(SmsText.of("KH 350/KH-UBND bản 2: đổi HĐ 2.3", LINK, false, 1))
                .isEqualTo("KH 350/KH-UBND bản 2: đổi HĐ 2.3 " + LINK);
    }

    @Test
    void aLongTextIsShortenedBeforeTheLinkToTheBudget() {
        String text = "Kế hoạch triển khai của Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang chưa được điều chỉnh ".repeat(4);
        for (int budget = 1; budget <= 3; budget++) {
            String sms = SmsText.of(text, LINK, false, budget);
            SegmentedSms segmented = SmsSegmenter.segment(sms);
            assertThat(segmented.segments()).isEqualTo(budget);
            assertThat(segmented.encoding()).isEqualTo(SmsEncoding.UCS2);
            assertThat(sms).endsWith("… " + LINK);
            int cut = sms.indexOf('…');
            assertThat(text).startsWith(sms.substring(0, cut));
            assertThat(text.charAt(cut)).as("cut after a whole word").isEqualTo(' ');
            // as long as the budget allows: the next word would not fit
            int next = text.indexOf(' ', cut + 1);
            assertThat(SmsSegmenter.count(text.substring(0, next) + "… " + LINK)).isGreaterThan(budget);
        }
    }

    @Test
    void withoutDiacriticsItStaysGsm7AndIsMarkedSo() {
        String text = "Kế hoạch triển khai của Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang chưa được điều chỉnh ".repeat(4);
        String sms = SmsText.of(text, LINK, true, 1);

        assertThat(SmsSegmenter.segment(sms).encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(SmsSegmenter.count(sms)).isEqualTo(1);
        assertThat(sms).startsWith("Ke hoach trien khai cua So Van hoa").endsWith("... " + LINK);
    }

    @Test
    void oneLongWordIsCutWhereItMustBe() {
        String sms = SmsText.of("đ".repeat(200), LINK, false, 2);
        assertThat(sms).startsWith("đđđ").endsWith("… " + LINK);
        assertThat(SmsSegmenter.count(sms)).isEqualTo(2);
    }

    @Test
    void aBudgetTooSmallForAnyWordsStillCarriesTheWholeLink() {
        String link = "https://lienket.example/" + "x".repeat(60) + "/l/3kTMd9x";
        assertThat(SmsText.of("Đề nghị điều chỉnh kế hoạch", link, false, 1)).isEqualTo(link);
    }
}
