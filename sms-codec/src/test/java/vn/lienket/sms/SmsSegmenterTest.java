package vn.lienket.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import vn.lienket.text.VietnameseText;

class SmsSegmenterTest {

    static final String ALERT = "KH 350/KH-UBND bản 2: đổi HĐ 2.3. Hạn điều chỉnh 15/12/2026";

    @Test
    void vietnameseWithDiacriticsIsUcs2AndFitsOneSegmentUpTo70Characters() {
        SegmentedSms sms = SmsSegmenter.segment(ALERT);

        assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(sms.segments()).isEqualTo(1);
        assertThat(SmsSegmenter.count("ạ".repeat(70))).isEqualTo(1);
        assertThat(SmsSegmenter.count("ạ".repeat(71))).isEqualTo(2);
    }

    @Test
    void concatenatedUcs2PartsHold67CharactersEach() {
        SegmentedSms sms = SmsSegmenter.segment("ệ".repeat(135));

        assertThat(sms.parts()).extracting(String::length).containsExactly(67, 67, 1);
        assertThat(sms.text()).isEqualTo("ệ".repeat(135));
    }

    @Test
    void decomposedInputIsCountedAfterNormalisingToNfc() {
        String nfd = Normalizer.normalize("ộ".repeat(70), Normalizer.Form.NFD);
        assertThat(nfd.length()).isEqualTo(210);

        assertThat(SmsSegmenter.count(nfd)).isEqualTo(1);
    }

    @Test
    void textWithoutDiacriticsIsGsm7With160And153Septets() {
        String plain = VietnameseText.withoutDiacritics(ALERT);

        assertThat(plain).isEqualTo("KH 350/KH-UBND ban 2: doi HD 2.3. Han dieu chinh 15/12/2026");
        assertThat(SmsSegmenter.segment(plain).encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(SmsSegmenter.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegmenter.segment("a".repeat(161)).parts()).extracting(String::length).containsExactly(153, 8);
    }

    @Test
    void extensionCharactersTakeTwoSeptetsAndAreNeverSplit() {
        assertThat(SmsSegmenter.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegmenter.count("€".repeat(81))).isEqualTo(2);
        SegmentedSms sms = SmsSegmenter.segment("a" + "[".repeat(80));
        assertThat(sms.parts().get(0)).hasSize(77); // 1 + 76 × 2 = 153 septets
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplitAcrossParts() {
        SegmentedSms sms = SmsSegmenter.segment("a".repeat(66) + "😀" + "b".repeat(10));

        assertThat(sms.parts().get(0)).isEqualTo("a".repeat(66));
        assertThat(sms.parts().get(1)).startsWith("😀");
    }

    @Test
    void partsRoundTripThroughTheConcatenationHeader() {
        SegmentedSms sms = SmsSegmenter.segment("Đề nghị điều chỉnh kế hoạch. ".repeat(5));
        StringBuilder received = new StringBuilder();
        int sequence = 1;
        for (byte[] payload : sms.payloads(42)) {
            Concatenation.Part part = Concatenation.read(payload);
            assertThat(part.reference()).isEqualTo(42);
            assertThat(part.total()).isEqualTo(sms.segments());
            assertThat(part.sequence()).isEqualTo(sequence++);
            received.append(SegmentedSms.decode(sms.encoding().dataCoding(), part.body()));
        }
        assertThat(received.toString()).isEqualTo(sms.text());
    }

    @Test
    void gsm7RoundTripsItsExtensionTable() {
        String text = "Gia {100€} [a|b] ~ ^ \\ @£$";
        assertThat(Gsm7.decode(Gsm7.encode(text))).isEqualTo(text);
    }

    @Test
    void aTextOverItsBudgetIsCutToFitWithAnEllipsisInItsOwnAlphabet() {
        String vietnamese = "Kế hoạch 350/KH-UBND bản 2: đổi hoạt động 2.3. ".repeat(6);
        String plain = VietnameseText.withoutDiacritics(vietnamese);

        String fittedVietnamese = SmsSegmenter.fit(vietnamese, 2);
        String fittedPlain = SmsSegmenter.fit(plain, 1);

        assertThat(SmsSegmenter.count(fittedVietnamese)).isEqualTo(2);
        assertThat(fittedVietnamese).endsWith("…").hasSize(2 * 67);
        assertThat(SmsSegmenter.segment(fittedPlain).encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(fittedPlain).endsWith("...").hasSize(160);
        assertThat(SmsSegmenter.fit("Hạn 15/12", 1)).isEqualTo("Hạn 15/12");
    }
}
