package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void excelOpensItAsUtf8BecauseItStartsWithAByteOrderMark() {
        byte[] csv = Csv.write(List.of("Tỉnh, thành phố"), List.of(List.of("Tỉnh Kiên Giang")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"Tỉnh, thành phố\"\r\nTỉnh Kiên Giang\r\n");
    }

    @Test
    void aFieldWithAQuoteCommaOrLineBreakIsQuotedAndItsQuotesDoubled() {
        assertThat(Csv.field("Sở \"Du lịch\"")).isEqualTo("\"Sở \"\"Du lịch\"\"\"");
        assertThat(Csv.field("hai\ndòng")).isEqualTo("\"hai\ndòng\"");
        assertThat(Csv.field("a; b")).isEqualTo("\"a; b\"");
        assertThat(Csv.field("Đã điều chỉnh")).isEqualTo("Đã điều chỉnh");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK(");
        assertThat(Csv.field("+84 90")).isEqualTo("'+84 90");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
