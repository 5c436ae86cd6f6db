package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.notification.alert.Composing.by;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.notification.directory.Channel;

/** A revision due soon: the member's tourism unit, by email and SMS, not urgent, about its derived plan. */
class ReminderRuleTest {

    static final String PAGE = "/provinces/kien-giang/plans/350-kh-ubnd-2024";
    static final MemberRevisionReminder REMINDER = new MemberRevisionReminder("e-3", Instant.parse("2026-12-08T01:00:00Z"),
            "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "kien-giang", 2,
            LocalDate.of(2026, 12, 15), 7);

    @Test
    void theMembersTourismUnit() {
        assertThat(new ReminderRule().addressees(REMINDER, new TestDirectory())).singleElement().satisfies(a -> {
            assertThat(a.unit()).isEqualTo(TestDirectory.KIEN_GIANG);
            assertThat(a.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
            assertThat(a.urgent()).isFalse();
            assertThat(a.page()).isEqualTo(PAGE);
        });
        assertThat(new ReminderRule().addressees(new MemberRevisionReminder("e-4", Instant.now(), "p", "ho-chi-minh-city",
                "x", "X", "no-such-member", 2, null, 1), new TestDirectory())).as("nobody in the directory").isEmpty();
    }

    @Test
    void theWordsAndTheRenderedAlert() {
        assertThat(new ReminderRule().values(REMINDER, new TestDirectory())).containsEntry("planNumber", "350/KH-UBND")
                .containsEntry("version", "2").containsEntry("dueDate", "15/12/2026").containsEntry("daysLeft", "7");

        List<Alert> alerts = Composing.alerts(REMINDER);
        Alert email = by(alerts, "kien-giang.so-du-lich", Channel.EMAIL);
        assertThat(email.subject()).isEqualTo("[Liên Kết] Nhắc hạn: còn 7 ngày để điều chỉnh kế hoạch theo 350/KH-UBND "
                + "phiên bản 2");
        assertThat(email.text()).contains("Hạn điều chỉnh là ngày 15/12/2026, còn 7 ngày.");
        assertThat(email.urgent()).isFalse();
        Composing.assertEmailLinksTo(email, PAGE);
        Alert sms = by(alerts, "kien-giang.so-du-lich", Channel.SMS);
        assertThat(sms.text()).startsWith("Còn 7 ngày: điều chỉnh KH 350/KH-UBND bản 2 trước 15/12/2026 ");
        Composing.assertSmsLinksTo(sms, PAGE);
    }
}
