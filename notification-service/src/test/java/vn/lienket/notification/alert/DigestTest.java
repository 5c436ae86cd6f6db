package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.link.ShortCode;
import vn.lienket.sms.SmsSegmenter;

/**
 * Several alerts as one message: each item quoted with its own link, the whole linking to
 * "Việc cần làm"; the SMS carries one link, the items' when they share it.
 */
class DigestTest {

    final Digest digest = new Digest(Composing.links(), Composing.BUDGET);

    static Rendered emailAndSms(Alert email, Alert sms) {
        return new Rendered(email.subject(), email.text(), email.html(), sms.text());
    }

    static Rendered of(vn.lienket.contracts.IntegrationEvent event) {
        List<Alert> alerts = Composing.alerts(event);
        return emailAndSms(Composing.by(alerts, "kien-giang.so-du-lich", Channel.EMAIL),
                Composing.by(alerts, "kien-giang.so-du-lich", Channel.SMS));
    }

    @Test
    void theEmailQuotesEachItemWithItsLinkAndLinksToWhatIsToDo() {
        Rendered reminder = of(ReminderRuleTest.REMINDER);
        Rendered missing = of(ProgressMissingRuleTest.MISSING);

        Rendered both = digest.of(TestDirectory.KIEN_GIANG, List.of(reminder, missing));

        assertThat(both.subject()).isEqualTo("[Liên Kết] 2 thông báo mới");
        assertThat(both.text()).startsWith("Kính gửi Sở Du lịch tỉnh Kiên Giang,")
                .contains("■ " + reminder.subject() + "\n\nKế hoạch triển khai của đơn vị chưa được điều chỉnh")
                .contains("Xem trên Liên Kết: " + Composing.CONSOLE + ReminderRuleTest.PAGE)
                .contains("Xem các việc cần làm trên Liên Kết: " + Composing.CONSOLE + "/\n\nTrân trọng,")
                .doesNotContain("{");
        assertThat(both.html()).contains("<h3>" + reminder.subject() + "</h3>\n<p>Kế hoạch triển khai của đơn vị")
                .contains("<a href=\"" + Composing.CONSOLE + "/\">").doesNotContain("{");
        // both are about Kiên Giang's plan: the SMS links there, once
        assertThat(both.sms()).startsWith("Liên Kết, 2 tin: Còn 7 ngày").contains(" | Chưa có báo cáo")
                .endsWith(" " + Composing.CONSOLE + "/l/" + ShortCode.of(ReminderRuleTest.PAGE, 7));
        assertThat(both.sms().split("/l/", -1)).hasSize(2);
        assertThat(SmsSegmenter.count(both.sms())).isLessThanOrEqualTo(Composing.BUDGET);
    }

    @Test
    void itemsAboutDifferentPagesLinkToWhatIsToDo() {
        Rendered reminder = of(ReminderRuleTest.REMINDER);
        Rendered other = of(PlanReceivedRuleTest.handed(java.time.LocalDate.of(2026, 12, 31)));

        Rendered both = digest.of(TestDirectory.KIEN_GIANG, List.of(reminder, other));

        assertThat(both.sms()).endsWith(" " + Composing.CONSOLE + "/l/" + ShortCode.of("/", 7));
        assertThat(both.sms().split("/l/", -1)).hasSize(2);
        assertThat(SmsSegmenter.count(both.sms())).isLessThanOrEqualTo(Composing.BUDGET);
    }
}
