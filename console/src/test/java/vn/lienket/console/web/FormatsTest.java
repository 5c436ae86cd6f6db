package vn.lienket.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void aDateIsWrittenDayMonthYear() {
        assertThat(formats.date("2024-03-15")).isEqualTo("15/03/2024");
    }

    @Test
    void anInstantIsShownInHoChiMinhCitysTime() {
        // 17:30 UTC on 31 March is 00:30 on 1 April in Ho Chi Minh City (UTC+7)
        assertThat(formats.dateTime("2024-03-31T17:30:00Z")).isEqualTo("01/04/2024 00:30");
        assertThat(formats.date("2024-03-31T17:30:00Z")).isEqualTo("01/04/2024");
    }

    @Test
    void nothingIsShownForNoDateAndTextThatIsNoDateIsKept() {
        assertThat(formats.date(null)).isEmpty();
        assertThat(formats.date("null")).isEmpty();
        assertThat(formats.dateTime("")).isEmpty();
        assertThat(formats.date("Quý IV/2024")).isEqualTo("Quý IV/2024");
    }

    @Test
    void statusesAreSaidInVietnameseAndAnUnknownOneAsItIs() {
        assertThat(formats.status("REVISED")).isEqualTo("Đã điều chỉnh");
        assertThat(formats.status("OVERDUE")).isEqualTo("Quá hạn");
        assertThat(formats.status("REVISION_REQUIRED")).isEqualTo("Cần điều chỉnh");
        assertThat(formats.status("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
