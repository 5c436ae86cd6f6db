package vn.lienket.console.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsolePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/provinces/kien-giang/plans/350-kh-ubnd-2024", "/plans/350-kh-ubnd-2024/board", "/",
            "/plans/350-kh-ubnd-2024/diff?from=1&to=2", "/provinces/kien-giang/plans/350-kh-ubnd-2024#progress"})
    void aPathOfTheConsoleIsFollowed(String path) {
        assertThat(ConsolePath.of(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/plans", "https://evil.example/", "http:/evil.example", "evil.example/plans",
            "plans/1", "/\\evil.example", "\\\\evil.example", "/plans/1\r\nSet-Cookie: x=1", "/plans/ 1", "/plans/\t1",
            "javascript:alert(1)", "", " /plans", "/plans/\u00001", "///evil.example"})
    void anythingElseIsNot(String path) {
        assertThat(ConsolePath.of(path)).isEmpty();
    }

    @Test
    void noPathIsNotFollowed() {
        assertThat(ConsolePath.of(null)).isEmpty();
        assertThat(ConsolePath.of("/" + "a".repeat(2500))).isEmpty();
    }

    @Test
    void onlyABase62CodeIsLookedUp() {
        assertThat(ConsolePath.wellFormedCode("Ab3dE9x")).isTrue();
        assertThat(ConsolePath.wellFormedCode("0000000")).isTrue();
        assertThat(ConsolePath.wellFormedCode("Ab3-E9x")).isFalse();
        assertThat(ConsolePath.wellFormedCode("..")).isFalse();
        assertThat(ConsolePath.wellFormedCode("")).isFalse();
        assertThat(ConsolePath.wellFormedCode(null)).isFalse();
        assertThat(ConsolePath.wellFormedCode("a".repeat(43))).isTrue();
        assertThat(ConsolePath.wellFormedCode("a".repeat(65))).isFalse();
    }
}
