package vn.lienket.plan.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.AuthoritySucceeded;

/** The 2025 succession table as seeded, and the register's entries it leaves, without Spring. */
class SuccessionTableTest {

    static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    static final Map<String, Authority> REGISTER = Authorities.seed().stream()
            .collect(Collectors.toMap(Authority::id, Function.identity()));

    static List<AuthoritySuccession> recorded() {
        return SuccessionTable.seeded().stream().map(e -> new AuthoritySuccession(
                AuthoritySucceeded.idOf(e.successorId(), e.request().effectiveOn()), e.successorId(),
                e.request().predecessors(), e.request().effectiveOn(), e.request().legalBasis(), e.request().code(),
                e.request().name(), e.request().seat(), e.request().codeConfirmed(), e.request().codeNote(),
                Instant.EPOCH, "seed")).toList();
    }

    @Test
    void itHoldsTheTenSuccessionsOfResolution202Of2025AmongTheRegistersUnits() {
        List<SuccessionTable.Entry> table = SuccessionTable.seeded();

        assertThat(table).extracting(e -> e.successorId() + " <- " + String.join(", ", e.request().predecessors()))
                .containsExactly("ho-chi-minh-city <- binh-duong, ba-ria-vung-tau", "tay-ninh <- long-an",
                        "dong-thap <- tien-giang", "vinh-long <- ben-tre, tra-vinh", "an-giang <- kien-giang",
                        "can-tho <- hau-giang, soc-trang", "ca-mau <- bac-lieu", "tuyen-quang <- ha-giang",
                        "lao-cai <- yen-bai", "phu-tho <- vinh-phuc, hoa-binh");
        assertThat(table).extracting(e -> e.successorId() + " " + e.request().code() + " " + e.request().seat())
                .containsExactly("ho-chi-minh-city 79 Thành phố Hồ Chí Minh", "tay-ninh 80 Tân An", "dong-thap 82 Mỹ Tho",
                        "vinh-long 86 Vĩnh Long", "an-giang 91 Rạch Giá", "can-tho 92 Cần Thơ", "ca-mau 96 Cà Mau",
                        "tuyen-quang 08 Tuyên Quang", "lao-cai 15 Yên Bái", "phu-tho 25 Việt Trì");
        assertThat(table).allSatisfy(e -> {
            assertThat(e.request().effectiveOn()).isEqualTo(DAY);
            assertThat(e.request().legalBasis()).isEqualTo("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội "
                    + "về việc sắp xếp đơn vị hành chính cấp tỉnh");
            assertThat(e.request().codeConfirmed()).as("Decision 19/2025/QĐ-TTg was not available").isFalse();
            assertThat(e.request().codeNote()).contains("19/2025/QĐ-TTg").contains("secondary published lists");
            assertThat(REGISTER).containsKey(e.successorId());
            assertThat(REGISTER.get(e.successorId()).name()).isEqualTo(e.request().name());
            assertThat(e.request().predecessors()).allSatisfy(p -> assertThat(REGISTER).containsKey(p))
                    .doesNotContain(e.successorId());
        });
        assertThat(table).flatExtracting(e -> e.request().predecessors()).doesNotHaveDuplicates()
                .doesNotContain("dien-bien", "lai-chau", "son-la");
    }

    @Test
    void theRegisterShowsEachArchiveWithItsSuccessorAndEachSuccessorWithItsPredecessorsAndFormerCode() {
        List<AuthoritySuccession> recorded = recorded();
        Map<String, Authority> after = REGISTER.values().stream().map(a -> Authorities.applied(a,
                        recorded.stream().filter(s -> s.concerns(a.id())).toList()))
                .collect(Collectors.toMap(Authority::id, Function.identity()));

        Authority kienGiang = after.get("kien-giang");
        assertThat(kienGiang.validTo()).isEqualTo(DAY);
        assertThat(kienGiang.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(kienGiang.validOn(DAY)).isFalse();
        assertThat(kienGiang.successions()).containsExactly(new Authority.Succession("an-giang", DAY,
                recorded.get(4).legalBasis()));
        assertThat(kienGiang.code()).isEqualTo("91");
        assertThat(kienGiang.name()).isEqualTo("Tỉnh Kiên Giang");

        Authority anGiang = after.get("an-giang");
        assertThat(anGiang.code()).isEqualTo("91");
        assertThat(anGiang.seat()).isEqualTo("Rạch Giá");
        assertThat(anGiang.codeConfirmed()).isFalse();
        assertThat(anGiang.predecessorIds()).containsExactly("kien-giang");
        assertThat(anGiang.predecessors().get(0).successionId()).isEqualTo("an-giang@2025-07-01");
        assertThat(anGiang.formerCodes()).containsExactly(new Authority.FormerCode("89", "Tỉnh An Giang", null, DAY));
        assertThat(anGiang.validTo()).isNull();

        assertThat(after.get("lao-cai").formerCodes()).containsExactly(new Authority.FormerCode("10", "Tỉnh Lào Cai", null, DAY));
        assertThat(after.get("ho-chi-minh-city").formerCodes()).as("its code stays 79").isEmpty();
        assertThat(after.get("ho-chi-minh-city").predecessorIds()).containsExactly("binh-duong", "ba-ria-vung-tau");
        assertThat(after.get("dien-bien")).isEqualTo(REGISTER.get("dien-bien"));
        assertThat(after.values().stream().filter(a -> a.validOn(DAY)).count()).isEqualTo(63 - 14);
    }
}
