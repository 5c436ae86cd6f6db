package vn.lienket.plan.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.lienket.fixtures.ProgrammeFixture;

/** The register as it is seeded: the 63 provincial-level units before the 2025 mergers. */
class AuthorityRegisterTest {

    static final List<Authority> REGISTER = Authorities.seed();

    @Test
    void itHoldsTheSixtyThreeUnitsEachWithItsOwnTwoDigitCodeAndId() {
        assertThat(REGISTER).hasSize(63);
        assertThat(REGISTER).extracting(Authority::code).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{2}"));
        assertThat(REGISTER).extracting(Authority::id).doesNotHaveDuplicates().allMatch(i -> i.matches("[a-z]+(-[a-z]+)*"));
        assertThat(REGISTER).allSatisfy(a -> {
            assertThat(a.validTo()).as(a.id()).isNull();
            assertThat(a.successions()).as(a.id()).isEmpty();
            assertThat(a.tourismDepartment()).as(a.id()).startsWith("Sở ");
        });
    }

    @Test
    void theFiveCentrallyRunCitiesAreHaNoiHaiPhongDaNangHoChiMinhCityAndCanTho() {
        assertThat(REGISTER).filteredOn(a -> a.kind() == Authority.Kind.CENTRAL_CITY)
                .extracting(a -> a.code() + " " + a.id())
                .containsExactly("01 ha-noi", "31 hai-phong", "48 da-nang", "79 ho-chi-minh-city", "92 can-tho");
    }

    @Test
    void theCodesFollowDecision124Of2004AsAmended() {
        assertThat(code("ha-noi")).isEqualTo("01");
        assertThat(code("ha-giang")).isEqualTo("02");
        assertThat(code("thua-thien-hue")).isEqualTo("46");
        assertThat(code("ba-ria-vung-tau")).isEqualTo("77");
        assertThat(code("ho-chi-minh-city")).isEqualTo("79");
        assertThat(code("ca-mau")).isEqualTo("96");
        assertThat(REGISTER).extracting(Authority::code).doesNotContain("28"); // Hà Tây, part of Hà Nội since 2008
    }

    @Test
    void everyAuthorityOfTheFixturesIsThereWithTheCodeNameAndTourismDepartmentInUse() {
        for (ProgrammeFixture fixture : ProgrammeFixture.all()) {
            for (ProgrammeFixture.Authority a : fixture.authorities()) {
                Authority registered = REGISTER.stream().filter(r -> r.id().equals(a.id())).findFirst().orElseThrow();
                assertThat(registered.code()).as(a.id()).isEqualTo(a.gsoCode());
                assertThat(registered.name()).as(a.id()).isEqualTo(a.name());
                assertThat(registered.tourismDepartment()).as(a.id()).isEqualTo(a.tourismUnit());
            }
        }
    }

    @Test
    void unitsFormedIn2004AreNotValidBefore() {
        Authority dienBien = REGISTER.stream().filter(a -> a.id().equals("dien-bien")).findFirst().orElseThrow();
        assertThat(dienBien.validOn(LocalDate.of(2003, 12, 31))).isFalse();
        assertThat(dienBien.validOn(LocalDate.of(2004, 1, 1))).isTrue();
        assertThat(Set.copyOf(REGISTER.stream().filter(a -> !a.validOn(LocalDate.of(2003, 12, 31))).map(Authority::id).toList()))
                .containsExactlyInAnyOrder("dien-bien", "lai-chau", "dak-nong", "can-tho", "hau-giang");
    }

    private static String code(String id) {
        return REGISTER.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().code();
    }
}
