package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.notification.alert.Composing.by;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.notification.directory.Channel;

/** No progress report by the deadline: the member's tourism unit, by email and SMS, about its plan (where it reports). */
class ProgressMissingRuleTest {

    static final String PAGE = "/provinces/kien-giang/plans/350-kh-ubnd-2024";
    static final MemberProgressMissing MISSING = new MemberProgressMissing("e-7", Instant.parse("2026-07-01T01:00:00Z"),
            "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "kien-giang",
            LocalDate.of(2026, 6, 30));

    @Test
    void theMembersTourismUnit() {
        assertThat(new ProgressMissingRule().addressees(MISSING, new TestDirectory())).singleElement().satisfies(a -> {
            assertThat(a.unit()).isEqualTo(TestDirectory.KIEN_GIANG);
            assertThat(a.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
            assertThat(a.page()).isEqualTo(PAGE);
        });
    }

    @Test
    void theWordsAndTheRenderedAlert() {
        assertThat(new ProgressMissingRule().values(MISSING, new TestDirectory()))
                .containsEntry("memberUnit", "Sở Du lịch tỉnh Kiên Giang").containsEntry("reportingDeadline", "30/06/2026");

        List<Alert> alerts = Composing.alerts(MISSING);
        Alert email = by(alerts, "kien-giang.so-du-lich", Channel.EMAIL);
        assertThat(email.subject()).isEqualTo("[Liên Kết] Chưa báo cáo tiến độ Kế hoạch 350/KH-UBND (hạn 30/06/2026)");
        Composing.assertEmailLinksTo(email, PAGE);
        Alert sms = by(alerts, "kien-giang.so-du-lich", Channel.SMS);
        assertThat(sms.text()).startsWith("Chưa có báo cáo tiến độ KH 350/KH-UBND (hạn 30/06/2026), đề nghị gửi ");
        Composing.assertSmsLinksTo(sms, PAGE);
    }
}
