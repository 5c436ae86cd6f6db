package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.notification.alert.Composing.alerts;
import static vn.lienket.notification.alert.Composing.by;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.notification.directory.Channel;

/** A plan handed to a member: its tourism unit by email and SMS, about its derived plan; a seeded plan tells nobody. */
class PlanReceivedRuleTest {

    static final String PAGE = "/provinces/kien-giang/plans/120-kh-ubnd-2025";

    static DerivedPlanCreated handed(LocalDate due) {
        return new DerivedPlanCreated("e-1", Instant.parse("2026-01-05T02:00:00Z"), "kien-giang", "hcmc-mekong-tourism",
                "ho-chi-minh-city", "120-kh-ubnd-2025", "120/KH-UBND", 1, null, due);
    }

    @Test
    void theMembersTourismUnitIsToldByEmailAndSmsAboutItsDerivedPlan() {
        List<Addressee> to = new PlanReceivedRule().addressees(handed(LocalDate.of(2026, 12, 31)), new TestDirectory());

        assertThat(to).singleElement().satisfies(a -> {
            assertThat(a.unit()).isEqualTo(TestDirectory.KIEN_GIANG);
            assertThat(a.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
            assertThat(a.urgent()).isFalse();
            assertThat(a.page()).isEqualTo(PAGE);
        });
    }

    @Test
    void aPlanWithoutADateAsksNothing() {
        assertThat(new PlanReceivedRule().addressees(handed(null), new TestDirectory())).isEmpty();
        assertThat(alerts(handed(null))).isEmpty();
    }

    @Test
    void theWordsAndTheRenderedAlert() {
        DerivedPlanCreated event = handed(LocalDate.of(2026, 12, 31));
        assertThat(new PlanReceivedRule().values(event, new TestDirectory())).containsEntry("planNumber", "120/KH-UBND")
                .containsEntry("planTitle", "").containsEntry("version", "1").containsEntry("dueDate", "31/12/2026");

        List<Alert> alerts = alerts(event);
        Alert email = by(alerts, "kien-giang.so-du-lich", Channel.EMAIL);
        assertThat(email.subject()).isEqualTo("[Liên Kết] Kế hoạch 120/KH-UBND giao đơn vị triển khai: đề nghị xây dựng "
                + "kế hoạch trước ngày 31/12/2026");
        assertThat(email.text()).startsWith("Kính gửi Sở Du lịch tỉnh Kiên Giang,").contains("vừa được giao cho đơn vị");
        Composing.assertEmailLinksTo(email, PAGE);
        Alert sms = by(alerts, "kien-giang.so-du-lich", Channel.SMS);
        assertThat(sms.text()).startsWith("KH 120/KH-UBND mới giao đơn vị: lập KH triển khai trước 31/12/2026 ");
        Composing.assertSmsLinksTo(sms, PAGE);
        assertThat(email.fallback().text()).isEqualTo(sms.text());
        assertThat(sms.fallback().html()).isEqualTo(email.html());
    }
}
