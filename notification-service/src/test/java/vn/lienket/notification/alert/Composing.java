package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.link.ShortCode;
import vn.lienket.sms.SmsSegmenter;

/** What the rules' tests share: a composer over a {@link TestDirectory}, the console at {@link #CONSOLE}. */
final class Composing {

    static final String CONSOLE = "https://lienket.example";
    static final int BUDGET = 2;

    private Composing() {
    }

    static ConsoleLinks links() {
        return new ConsoleLinks(CONSOLE, path -> ShortCode.of(path, ShortCode.LENGTH));
    }

    static AlertComposer composer(Recipients recipients) {
        return new AlertComposer(recipients, links(), BUDGET);
    }

    static List<Alert> alerts(IntegrationEvent event) {
        return composer(new TestDirectory()).compose(event);
    }

    static Alert by(List<Alert> alerts, String unitId, Channel channel) {
        return alerts.stream().filter(a -> a.unit().id().equals(unitId) && a.channel() == channel).findFirst()
                .orElseThrow(() -> new AssertionError("No " + channel + " to " + unitId + " in " + alerts));
    }

    /** The SMS ends with the page's short link and keeps to the budget. */
    static void assertSmsLinksTo(Alert sms, String page) {
        assertThat(sms.text()).endsWith(" " + CONSOLE + "/l/" + ShortCode.of(page, ShortCode.LENGTH));
        assertThat(SmsSegmenter.count(sms.text())).isLessThanOrEqualTo(BUDGET);
    }

    /** The email's text and HTML link to the page in full. */
    static void assertEmailLinksTo(Alert email, String page) {
        assertThat(email.text()).contains("Xem trên Liên Kết: " + CONSOLE + page + "\n\nTrân trọng,").doesNotContain("{");
        assertThat(email.html()).contains("<a href=\"" + CONSOLE + page + "\">" + CONSOLE + page + "</a>")
                .doesNotContain("{");
    }
}
