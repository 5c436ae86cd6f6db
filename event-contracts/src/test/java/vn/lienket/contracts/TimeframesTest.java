package vn.lienket.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeframesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Tháng 4/2024                 | 2024-04-01 | 2024-04-30 | false
            Tháng 10 năm 2024            | 2024-10-01 | 2024-10-31 | false
            Quý IV/2024                  | 2024-10-01 | 2024-12-31 | false
            Quý I năm 2024               | 2024-01-01 | 2024-03-31 | false
            Từ quý II đến quý III/2024   | 2024-04-01 | 2024-09-30 | false
            từ quý II đến quý III/2024.  | 2024-04-01 | 2024-09-30 | false
            Từ tháng 3 đến tháng 5/2024  | 2024-03-01 | 2024-05-31 | false
            Năm 2024                     | 2024-01-01 | 2024-12-31 | false
            Cả năm 2024                  | 2024-01-01 | 2024-12-31 | false
            Dự kiến tháng 8/2021         | 2021-08-01 | 2021-08-31 | true
            Trước ngày 10/11/2024        | -          | 2024-11-10 | false
            Ngày 15/3/2024               | 2024-03-15 | 2024-03-15 | false
            Tháng 2/2024                 | 2024-02-01 | 2024-02-29 | false
            """)
    void everyFormOfThePlansParsesToAPeriod(String text, LocalDate from, LocalDate to, boolean tentative) {
        Timeframe timeframe = Timeframes.parse(text);

        assertThat(timeframe.text()).isEqualTo(text);
        assertThat(timeframe.from()).isEqualTo(from);
        assertThat(timeframe.to()).isEqualTo(to);
        assertThat(timeframe.tentative()).isEqualTo(tentative);
        assertThat(timeframe.flagged()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Theo tình hình thực tế
            Tháng 13/2024
            Từ quý III đến quý II/2024
            Quý V/2024
            Trước ngày 31/2/2024
            """)
    void textThatDoesNotParseIsKeptAndFlaggedNeverGuessed(String text) {
        Timeframe timeframe = Timeframes.parse(text);

        assertThat(timeframe.flagged()).isTrue();
        assertThat(timeframe.text()).isEqualTo(text);
        assertThat(timeframe.from()).isNull();
        assertThat(timeframe.to()).isNull();
    }

    @Test
    void decomposedVietnameseParsesLikeComposed() {
        String nfd = Normalizer.normalize("Quý IV/2024", Normalizer.Form.NFD);

        assertThat(Timeframes.parse(nfd).to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aNarrowerPeriodIsWithinTheMastersAndAWiderOneIsNot() {
        Timeframe master = Timeframes.parse("Từ quý II đến quý III/2024");

        assertThat(Timeframes.parse("Tháng 5/2024").within(master)).isTrue();
        assertThat(Timeframes.parse("Quý III/2024").within(master)).isTrue();
        assertThat(Timeframes.parse("Tháng 10/2024").within(master)).isFalse();
        assertThat(Timeframes.parse("Năm 2024").within(master)).isFalse();
        assertThat(Timeframes.parse("Theo kế hoạch").within(master)).isFalse();
        assertThat(Timeframes.parse("Trước ngày 10/6/2024").within(master)).isFalse();
        assertThat(Timeframes.parse("Trước ngày 10/6/2024").within(Timeframes.parse("Trước ngày 30/6/2024"))).isTrue();
    }
}
