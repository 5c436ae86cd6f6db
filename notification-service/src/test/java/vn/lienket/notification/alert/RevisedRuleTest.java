package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.notification.directory.Channel;

/** A member's revision: the lead's coordinating unit, by email only, about the plan's board. */
class RevisedRuleTest {

    static DerivedPlanRevised revised(boolean onTime) {
        return new DerivedPlanRevised("e-6", Instant.parse("2026-12-10T03:00:00Z"), "kien-giang", "hcmc-mekong-tourism",
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", 3, 2, LocalDate.of(2026, 12, 15), onTime);
    }

    @Test
    void theLeadByEmailAboutTheBoard() {
        assertThat(new RevisedRule().addressees(revised(true), new TestDirectory())).singleElement().satisfies(a -> {
            assertThat(a.unit()).isEqualTo(TestDirectory.HCMC);
            assertThat(a.channels()).containsExactly(Channel.EMAIL);
            assertThat(a.urgent()).isFalse();
            assertThat(a.page()).isEqualTo("/plans/350-kh-ubnd-2024/board");
        });
    }

    @Test
    void theWordsAndTheRenderedAlert() {
        assertThat(new RevisedRule().values(revised(false), new TestDirectory()))
                .containsEntry("provinceUnit", "Sở Du lịch tỉnh Kiên Giang").containsEntry("basedOnVersion", "2")
                .containsEntry("derivedVersion", "3").containsEntry("timeliness", "trễ hạn");

        List<Alert> alerts = Composing.alerts(revised(true));
        assertThat(alerts).singleElement().satisfies(email -> {
            assertThat(email.channel()).isEqualTo(Channel.EMAIL);
            assertThat(email.subject()).isEqualTo("[Liên Kết] Sở Du lịch tỉnh Kiên Giang đã điều chỉnh kế hoạch theo "
                    + "350/KH-UBND phiên bản 2");
            assertThat(email.text()).contains("Tình trạng: đúng hạn.");
            Composing.assertEmailLinksTo(email, "/plans/350-kh-ubnd-2024/board");
            assertThat(email.fallback().text()).as("the SMS it would fall back on")
                    .startsWith("Sở Du lịch tỉnh Kiên Giang đã điều chỉnh KH theo 350/KH-UBND bản 2 (đúng hạn) ")
                    .endsWith("/l/" + vn.lienket.notification.link.ShortCode.of("/plans/350-kh-ubnd-2024/board", 7));
        });
    }
}
