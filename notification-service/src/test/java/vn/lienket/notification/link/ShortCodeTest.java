package vn.lienket.notification.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A path's code: 7 base62 characters of its SHA-256, the same every time; longer ones extend the shorter. */
class ShortCodeTest {

    static final String PATH = "/provinces/kien-giang/plans/350-kh-ubnd-2024";

    @Test
    void theSamePathAlwaysHasTheSameCode() {
        assertThat(ShortCode.of(PATH, 7)).hasSize(7).matches("[0-9A-Za-z]{7}").isEqualTo(ShortCode.of(PATH, 7))
                .as("the example the API docs give").isEqualTo("oCQkaQm");
        assertThat(ShortCode.of("/plans/350-kh-ubnd-2024/board", 7)).isNotEqualTo(ShortCode.of(PATH, 7));
    }

    @Test
    void aLongerCodeStartsWithTheShorter() {
        assertThat(ShortCode.of(PATH, 8)).startsWith(ShortCode.of(PATH, 7));
        assertThat(ShortCode.of(PATH, 43)).startsWith(ShortCode.of(PATH, 8));
        assertThatThrownBy(() -> ShortCode.of(PATH, 44)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWellFormedCodeIsSevenTo43LettersAndDigits() {
        assertThat(ShortCode.wellFormed(ShortCode.of(PATH, 7))).isTrue();
        assertThat(ShortCode.wellFormed("abc123")).isFalse();
        assertThat(ShortCode.wellFormed("abc-1234")).isFalse();
        assertThat(ShortCode.wellFormed("x".repeat(44))).isFalse();
        assertThat(ShortCode.wellFormed(null)).isFalse();
    }

    @Test
    void theConsoleAddressIsAnAbsoluteUrlWithoutItsTrailingSlash() {
        assertThat(new ConsoleProperties("https://console.lienket.example/").baseUrl())
                .isEqualTo("https://console.lienket.example");
        assertThat(new ConsoleProperties("http://127.0.0.1:8090").baseUrl()).isEqualTo("http://127.0.0.1:8090");
        assertThatThrownBy(() -> new ConsoleProperties("console.lienket.example"))
                .hasMessageContaining("lienket.console.base-url");
        assertThatThrownBy(() -> new ConsoleProperties("https://x.example/?a=b")).isInstanceOf(IllegalArgumentException.class);
    }
}
