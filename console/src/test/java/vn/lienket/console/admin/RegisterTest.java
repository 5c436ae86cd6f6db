package vn.lienket.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The pickers: by name, found without diacritics, the merged units left out unless already chosen. */
class RegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final List<Authority> REGISTER = List.of(
            new Authority("ho-chi-minh-city", "Thành phố Hồ Chí Minh", "79", null, List.of()),
            new Authority("kien-giang", "Tỉnh Kiên Giang", "91", MERGER, List.of()),
            new Authority("an-giang", "Tỉnh An Giang", "89", null,
                    List.of(new Authority.Predecessor("kien-giang", MERGER, "Nghị quyết số 202/2025/QH15", "an-giang@2025-07-01"))),
            new Authority("ben-tre", "Tỉnh Bến Tre", "83", null, List.of()),
            new Authority("ca-mau", "Tỉnh Cà Mau", "96", null, List.of()),
            new Authority("bac-lieu", "Tỉnh Bạc Liêu", "95", MERGER, List.of()),
            new Authority("can-tho", "Thành phố Cần Thơ", "92", null, List.of()));

    @Test
    void theStandingAuthoritiesSortedByTheirNameWithoutTinhOrThanhPho() {
        assertThat(Register.choices(REGISTER, TODAY, null, Set.of())).extracting(Authority::id)
                .containsExactly("an-giang", "ben-tre", "ca-mau", "can-tho", "ho-chi-minh-city");
    }

    @Test
    void typedWithoutDiacriticsFindsTheName() {
        assertThat(Register.choices(REGISTER, TODAY, "ho chi", Set.of())).extracting(Authority::id).containsExactly("ho-chi-minh-city");
        assertThat(Register.choices(REGISTER, TODAY, "ca", Set.of())).extracting(Authority::id).containsExactly("ca-mau", "can-tho");
        assertThat(Register.choices(REGISTER, TODAY, "ca m", Set.of())).extracting(Authority::id).containsExactly("ca-mau");
        assertThat(Register.choices(REGISTER, TODAY, "Cần", Set.of())).extracting(Authority::id).containsExactly("can-tho");
        assertThat(Register.choices(REGISTER, TODAY, "tinh b", Set.of())).extracting(Authority::id).containsExactly("ben-tre");
    }

    @Test
    void whatWasChosenStaysWhateverIsTypedEvenAMergedUnit() {
        assertThat(Register.choices(REGISTER, TODAY, "ca mau", Set.of("ben-tre", "kien-giang"))).extracting(Authority::id)
                .containsExactly("ben-tre", "ca-mau", "kien-giang");
    }

    @Test
    void beforeTheMergerTheMergedUnitsStillStand() {
        assertThat(Register.choices(REGISTER, LocalDate.of(2024, 1, 1), "giang", Set.of())).extracting(Authority::id)
                .containsExactly("an-giang", "kien-giang");
    }

    @Test
    void theSuccessionsAreGatheredFromTheirSuccessors() {
        List<Authority> register = List.of(
                new Authority("can-tho", "Thành phố Cần Thơ", "92", null, List.of(
                        new Authority.Predecessor("hau-giang", MERGER, "NQ 202", "can-tho@2025-07-01"),
                        new Authority.Predecessor("soc-trang", MERGER, "NQ 202", "can-tho@2025-07-01"))),
                new Authority("an-giang", "Tỉnh An Giang", "91", null, List.of(
                        new Authority.Predecessor("kien-giang", MERGER, "NQ 202", "an-giang@2025-07-01"))),
                new Authority("x", "Tỉnh X", "01", null, List.of(
                        new Authority.Predecessor("y", LocalDate.of(2026, 1, 1), "NQ 1", "x@2026-01-01"))));
        assertThat(SuccessionRow.of(register)).containsExactly(
                new SuccessionRow("x@2026-01-01", "x", List.of("y"), LocalDate.of(2026, 1, 1), "NQ 1"),
                new SuccessionRow("an-giang@2025-07-01", "an-giang", List.of("kien-giang"), MERGER, "NQ 202"),
                new SuccessionRow("can-tho@2025-07-01", "can-tho", List.of("hau-giang", "soc-trang"), MERGER, "NQ 202"));
    }
}
