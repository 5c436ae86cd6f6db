package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.notification.alert.Composing.by;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.notification.directory.Channel;

/** Overdue, urgent: the member by email and SMS about its plan, the lead by email about the board. */
class OverdueRuleTest {

    static final MemberRevisionOverdue OVERDUE = new MemberRevisionOverdue("e-5", Instant.parse("2026-11-02T01:00:00Z"),
            "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "kien-giang", 2,
            LocalDate.of(2026, 11, 1));

    @Test
    void theMemberAndTheLeadEachAboutTheirOwnPage() {
        List<Addressee> to = new OverdueRule().addressees(OVERDUE, new TestDirectory());

        assertThat(to).hasSize(2);
        assertThat(to.get(0).unit()).isEqualTo(TestDirectory.KIEN_GIANG);
        assertThat(to.get(0).channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        assertThat(to.get(0).page()).isEqualTo("/provinces/kien-giang/plans/350-kh-ubnd-2024");
        assertThat(to.get(1).unit()).isEqualTo(TestDirectory.HCMC);
        assertThat(to.get(1).channels()).containsExactly(Channel.EMAIL);
        assertThat(to.get(1).page()).isEqualTo("/plans/350-kh-ubnd-2024/board");
        assertThat(to).allSatisfy(a -> assertThat(a.urgent()).isTrue());
    }

    @Test
    void theWordsAndTheRenderedAlerts() {
        assertThat(new OverdueRule().values(OVERDUE, new TestDirectory()))
                .containsEntry("memberUnit", "Sở Du lịch tỉnh Kiên Giang").containsEntry("version", "2")
                .containsEntry("dueDate", "01/11/2026");

        List<Alert> alerts = Composing.alerts(OVERDUE);
        assertThat(alerts).extracting(a -> a.unit().id() + ":" + a.channel()).containsExactlyInAnyOrder(
                "kien-giang.so-du-lich:EMAIL", "kien-giang.so-du-lich:SMS", "ho-chi-minh-city.so-du-lich:EMAIL");
        assertThat(alerts).allSatisfy(a -> assertThat(a.urgent()).isTrue());
        Alert lead = by(alerts, "ho-chi-minh-city.so-du-lich", Channel.EMAIL);
        assertThat(lead.subject()).isEqualTo("[Liên Kết] KHẨN: quá hạn điều chỉnh kế hoạch theo 350/KH-UBND phiên bản 2 "
                + "(hạn 01/11/2026)");
        assertThat(lead.text()).startsWith("Kính gửi Sở Du lịch Thành phố Hồ Chí Minh,")
                .contains("Kế hoạch triển khai của Sở Du lịch tỉnh Kiên Giang chưa được điều chỉnh");
        Composing.assertEmailLinksTo(lead, "/plans/350-kh-ubnd-2024/board");
        Composing.assertEmailLinksTo(by(alerts, "kien-giang.so-du-lich", Channel.EMAIL),
                "/provinces/kien-giang/plans/350-kh-ubnd-2024");
        Alert sms = by(alerts, "kien-giang.so-du-lich", Channel.SMS);
        assertThat(sms.text()).startsWith("KHẨN: KH 350/KH-UBND bản 2 quá hạn điều chỉnh (01/11/2026) ");
        Composing.assertSmsLinksTo(sms, "/provinces/kien-giang/plans/350-kh-ubnd-2024");
    }
}
