package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.notification.alert.Composing.by;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.notification.directory.Channel;

/**
 * A new version to revise by: the province's tourism unit and the units named on the affected
 * activities, each once; a merged province's go to its successor's units, about the successor's plan.
 */
class RevisionRequiredRuleTest {

    static DerivedPlanRevisionRequired required(String province, List<String> affectedUnits) {
        return new DerivedPlanRevisionRequired("e-2", Instant.parse("2026-02-20T02:00:00Z"), province, "hcmc-mekong-tourism",
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2, 1, LocalDate.of(2026, 12, 15),
                List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian kết nối",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))), affectedUnits);
    }

    @Test
    void theTourismUnitAndEachNamedUnitOnce() {
        List<Addressee> to = new RevisionRequiredRule().addressees(required("kien-giang",
                List.of("Báo Kiên Giang", "Sở Du lịch tỉnh Kiên Giang", "Đài không có trong danh bạ")), new TestDirectory());

        assertThat(to).extracting(a -> a.unit().id()).containsExactly("kien-giang.so-du-lich", "kien-giang.bao-kien-giang");
        assertThat(to).extracting(Addressee::page).containsOnly("/provinces/kien-giang/plans/350-kh-ubnd-2024");
        assertThat(to).allSatisfy(a -> assertThat(a.urgent()).isFalse());
    }

    @Test
    void aMergedProvincesAlertGoesToItsSuccessorAboutTheSuccessorsPlan() {
        TestDirectory merged = new TestDirectory().merged("kien-giang", "an-giang", "an-giang@2025-07-01",
                LocalDate.of(2025, 7, 1));
        List<Alert> alerts = Composing.composer(merged).compose(required("kien-giang", List.of()));

        assertThat(alerts).extracting(a -> a.unit().id() + ":" + a.channel())
                .containsExactlyInAnyOrder("an-giang.so-du-lich:EMAIL", "an-giang.so-du-lich:SMS");
        Composing.assertEmailLinksTo(by(alerts, "an-giang.so-du-lich", Channel.EMAIL),
                "/provinces/an-giang/plans/350-kh-ubnd-2024");
    }

    @Test
    void theWordsAndTheRenderedAlert() {
        DerivedPlanRevisionRequired event = required("kien-giang", List.of("Báo Kiên Giang"));
        assertThat(new RevisionRequiredRule().values(event, new TestDirectory())).containsEntry("version", "2")
                .containsEntry("basedOnVersion", "1").containsEntry("dueDate", "15/12/2026").containsEntry("codes", "2.3")
                .containsEntry("changes", "- Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long");

        List<Alert> alerts = Composing.alerts(event);
        assertThat(alerts).extracting(a -> a.unit().id() + ":" + a.channel()).containsExactlyInAnyOrder(
                "kien-giang.so-du-lich:EMAIL", "kien-giang.so-du-lich:SMS", "kien-giang.bao-kien-giang:EMAIL");
        Alert newspaper = by(alerts, "kien-giang.bao-kien-giang", Channel.EMAIL);
        assertThat(newspaper.subject()).isEqualTo("[Liên Kết] Kế hoạch 350/KH-UBND đã có phiên bản 2: đề nghị điều chỉnh "
                + "trước ngày 15/12/2026");
        assertThat(newspaper.text()).startsWith("Kính gửi Báo Kiên Giang,");
        assertThat(newspaper.fallback()).as("no mobile, no SMS to fall back on").isNull();
        Composing.assertEmailLinksTo(newspaper, "/provinces/kien-giang/plans/350-kh-ubnd-2024");
        Alert sms = by(alerts, "kien-giang.so-du-lich", Channel.SMS);
        assertThat(sms.text()).startsWith("KH 350/KH-UBND bản 2: đổi HĐ 2.3. Hạn điều chỉnh 15/12/2026 ");
        Composing.assertSmsLinksTo(sms, "/provinces/kien-giang/plans/350-kh-ubnd-2024");
    }
}
