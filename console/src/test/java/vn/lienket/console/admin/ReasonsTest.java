package vn.lienket.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The services' reasons, as they write them, in the Vietnamese of messages/admin.properties. */
class ReasonsTest {

    private static final Map<String, String> NAMES = Map.of("can-tho", "Thành phố Cần Thơ", "hau-giang", "Tỉnh Hậu Giang",
            "dong-thap", "Tỉnh Đồng Tháp", "an-giang", "Tỉnh An Giang", "kien-giang", "Tỉnh Kiên Giang");
    private static final Function<String, String> NAME = id -> NAMES.getOrDefault(id, id);
    private static final Function<String, String> DATE = iso -> iso.substring(8) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);

    private static String vi(String reason) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/admin");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return Reasons.vietnamese(reason, messages, NAME, DATE);
    }

    @Test
    void theSuccessionRules() {
        assertThat(vi("can-tho cannot succeed itself: the predecessors are the units it absorbs"))
                .isEqualTo("Thành phố Cần Thơ không thể sáp nhập vào chính nó: đơn vị được sáp nhập phải khác đơn vị tiếp nối");
        assertThat(vi("hau-giang was succeeded already, by can-tho from 2025-07-01"))
                .isEqualTo("Tỉnh Hậu Giang đã được sáp nhập vào Thành phố Cần Thơ trước đó");
        assertThat(vi("effectiveOn, the first day the successor stands for its predecessors, is required")).isEqualTo("là bắt buộc");
        assertThat(vi("legalBasis, the act that decided the succession, is required")).isEqualTo("là bắt buộc");
        assertThat(vi("1990-01-01 is before kien-giang began, on 1991-08-12"))
                .isEqualTo("ngày 01/01/1990 trước ngày Tỉnh Kiên Giang bắt đầu tồn tại (12/08/1991)");
        assertThat(vi("an administrative code is two or three digits, not 9a"))
                .isEqualTo("mã đơn vị hành chính gồm hai hoặc ba chữ số, không phải “9a”");
        assertThat(vi("A succession can-tho@2025-07-01 is recorded already")).isEqualTo("lần sáp nhập này đã được ghi rồi");
    }

    @Test
    void theProgrammeRules() {
        assertThat(vi("name is required")).isEqualTo("là bắt buộc");
        assertThat(vi("dong-thap leads the programme; it cannot also be a member"))
                .isEqualTo("Tỉnh Đồng Tháp là đơn vị chủ trì, không thể đồng thời là thành viên");
        assertThat(vi("the period ends on 2025-01-01, before it starts on 2026-01-01"))
                .isEqualTo("thời kỳ kết thúc ngày 01/01/2025, trước ngày bắt đầu 01/01/2026");
        assertThat(vi("a sector is a lower-case word such as tourism, not Bad Sector"))
                .isEqualTo("mỗi lĩnh vực là một từ tiếng Anh viết thường, như tourism; “Bad Sector” không phải");
        assertThat(vi("an-giang is already a member of hcmc-mekong-tourism")).isEqualTo("Tỉnh An Giang đã là thành viên của chương trình");
        assertThat(vi("No authority atlantis in the register (GET /api/authorities)"))
                .isEqualTo("không có đơn vị “atlantis” trong danh mục đơn vị hành chính");
    }

    @Test
    void theIdentityRules() {
        assertThat(vi("thu.vo is already registered (as a client or a person)"))
                .isEqualTo("“thu.vo” đã được dùng cho một hệ thống hoặc người dùng khác");
        assertThat(vi("username must be 2 to 64 lower-case letters, digits, '.', '-' or '_'"))
                .isEqualTo("gồm 2–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới");
        assertThat(vi("roles is required: at least one of [viewer, planner]")).isEqualTo("là bắt buộc");
    }

    @Test
    void aSentenceNotKnownIsLeftToThePage() {
        assertThat(vi("something new the service says")).isNull();
        assertThat(vi(null)).isNull();
    }
}
