package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.notification.alert.Composing.by;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.notification.directory.Channel;
import vn.lienket.sms.SmsSegmenter;

/**
 * A take-over: the successor's tourism unit, by email and SMS, about the plan it now holds. Its SMS
 * is the longest: the words before the link are shortened to the budget, the link kept whole.
 */
class PlanTakenOverRuleTest {

    static final String PAGE = "/provinces/an-giang/plans/350-kh-ubnd-2024";

    static DerivedPlanTakenOver takenOver(String successionId) {
        return new DerivedPlanTakenOver("e-8", java.time.Instant.parse("2025-07-01T01:00:00Z"), "an-giang",
                "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch năm 2024",
                successionId, List.of("kien-giang"), DerivedPlanTakenOver.CONSOLIDATING, 1, 2, LocalDate.of(2025, 8, 15),
                1, 12);
    }

    @Test
    void theSuccessorsTourismUnitAboutItsOwnPlan() {
        assertThat(new PlanTakenOverRule().addressees(takenOver("an-giang@2025-07-01"), new TestDirectory()))
                .singleElement().satisfies(a -> {
                    assertThat(a.unit()).isEqualTo(TestDirectory.AN_GIANG);
                    assertThat(a.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
                    assertThat(a.page()).isEqualTo(PAGE);
                });
    }

    @Test
    void theDayIsTheRecordedOneElseTheIdsAndThePredecessorsByName() {
        TestDirectory recorded = new TestDirectory().merged("kien-giang", "an-giang", "an-giang@2025-07-01",
                LocalDate.of(2025, 7, 2));
        assertThat(new PlanTakenOverRule().values(takenOver("an-giang@2025-07-01"), recorded))
                .containsEntry("effectiveOn", "02/07/2025").containsEntry("predecessors", "Sở Du lịch tỉnh Kiên Giang");
        assertThat(new PlanTakenOverRule().values(takenOver("an-giang@2025-07-01"), new TestDirectory()))
                .containsEntry("effectiveOn", "01/07/2025");
        assertThat(new PlanTakenOverRule().values(takenOver("an-giang@sometime"), new TestDirectory()))
                .containsEntry("effectiveOn", "(không quy định)");
    }

    @Test
    void theRenderedAlertAndItsShortenedSms() {
        List<Alert> alerts = Composing.alerts(takenOver("an-giang@2025-07-01"));

        Alert email = by(alerts, "an-giang.so-du-lich", Channel.EMAIL);
        assertThat(email.subject()).isEqualTo("[Liên Kết] Đơn vị tiếp nhận kế hoạch triển khai Kế hoạch 350/KH-UBND của "
                + "Sở Du lịch tỉnh Kiên Giang");
        assertThat(email.text()).contains("- Hợp nhất 12 hoạt động");
        Composing.assertEmailLinksTo(email, PAGE);
        Alert sms = by(alerts, "an-giang.so-du-lich", Channel.SMS);
        String full = "KH 350/KH-UBND của Sở Du lịch tỉnh Kiên Giang chuyển về đơn vị: điều chỉnh trước 15/08/2025, "
                + "còn 1 thay đổi; hợp nhất 12 HĐ";
        assertThat(SmsSegmenter.count(full + " " + Composing.CONSOLE + "/l/1234567")).isGreaterThan(Composing.BUDGET);
        assertThat(sms.text()).startsWith("KH 350/KH-UBND của Sở Du lịch tỉnh Kiên Giang chuyển về đơn vị: ")
                .contains("… " + Composing.CONSOLE + "/l/");
        int cut = sms.text().indexOf('…');
        assertThat(full).startsWith(sms.text().substring(0, cut));
        assertThat(full.charAt(cut)).as("cut after a whole word").isEqualTo(' ');
        Composing.assertSmsLinksTo(sms, PAGE);
    }
}
