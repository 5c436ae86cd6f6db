package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormatsTest {

    @Test
    void counters_are_written_in_each_of_words_formats() {
        assertThat(NumberFormats.format(4, "decimal")).isEqualTo("4");
        assertThat(NumberFormats.format(3, "lowerLetter")).isEqualTo("c");
        assertThat(NumberFormats.format(27, "lowerLetter")).isEqualTo("aa");
        assertThat(NumberFormats.format(2, "upperLetter")).isEqualTo("B");
        assertThat(NumberFormats.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(NumberFormats.format(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(NumberFormats.format(3, "decimalZero")).isEqualTo("03");
        assertThat(NumberFormats.format(5, "ordinal")).isEqualTo("5");
    }
}
