package vn.lienket.notification.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MemberProgressMissing;
import vn.lienket.contracts.MemberRevisionOverdue;
import vn.lienket.contracts.MemberRevisionReminder;
import vn.lienket.contracts.PendingChange;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitKind;

/**
 * What a template preview renders: one event of each kind, for Kiên Giang on plan 350/KH-UBND of
 * 2024; the take-over, for An Giang, which took Kiên Giang's plan over on 01/07/2025.
 */
final class SampleEvents {

    static final String PROVINCE = "kien-giang";
    static final String SUCCESSOR = "an-giang";
    private static final Instant AT = Instant.parse("2024-02-20T02:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2024, 3, 15);
    private static final String LEAD = "ho-chi-minh-city";
    private static final String PROGRAMME = "hcmc-mekong-tourism";
    private static final String PLAN = "350-kh-ubnd-2024";
    private static final String NUMBER = "350/KH-UBND";

    private SampleEvents() {
    }

    static List<IntegrationEvent> all() {
        return List.of(
                new DerivedPlanCreated("sample-0", AT, PROVINCE, PROGRAMME, LEAD, PLAN, NUMBER, 1,
                        "Kế hoạch tổ chức các hoạt động hợp tác phát triển du lịch năm 2024", DUE),
                new DerivedPlanRevisionRequired("sample-1", AT, PROVINCE, PROGRAMME, LEAD, PLAN, NUMBER,
                        "Kế hoạch triển khai Chương trình liên kết hợp tác phát triển du lịch năm 2024", 2, 1, DUE,
                        List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED,
                                "Không gian kết nối các sản phẩm du lịch đặc trưng",
                                List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))),
                        List.of("Sở Du lịch tỉnh Kiên Giang")),
                new MemberRevisionReminder("sample-2", AT, PROGRAMME, LEAD, PLAN, NUMBER, PROVINCE, 2, DUE, 7),
                new MemberRevisionOverdue("sample-3", AT, PROGRAMME, LEAD, PLAN, NUMBER, PROVINCE, 2, DUE),
                new DerivedPlanRevised("sample-4", AT, PROVINCE, PROGRAMME, LEAD, PLAN, NUMBER, 2, 2, DUE, true),
                new MemberProgressMissing("sample-5", AT, PROGRAMME, LEAD, PLAN, NUMBER, PROVINCE, LocalDate.of(2024, 6, 30)),
                new DerivedPlanTakenOver("sample-6", Instant.parse("2025-07-01T01:00:00Z"), SUCCESSOR, PROGRAMME, LEAD, PLAN,
                        NUMBER, "Kế hoạch triển khai Chương trình liên kết hợp tác phát triển du lịch năm 2024",
                        "an-giang@2025-07-01", List.of(PROVINCE), DerivedPlanTakenOver.CONSOLIDATING, 1, 2,
                        LocalDate.of(2025, 8, 15), 1, 12));
    }

    static IntegrationEvent of(String template) {
        return all().stream().filter(e -> AlertRules.of(e).map(AlertRule::template).orElseThrow().equals(template)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sample event for template " + template));
    }

    /** Whose tourism unit a template's sample goes to: the successor's for a take-over, Kiên Giang's otherwise. */
    static String recipientOf(String template) {
        return template.equals("plan-taken-over") ? SUCCESSOR : PROVINCE;
    }

    /** The recipient when the directory has no tourism unit for the province. */
    static Unit unit(String province) {
        if (province.equals(SUCCESSOR)) {
            return new Unit(SUCCESSOR + ".so-du-lich", SUCCESSOR, "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang",
                    UnitKind.TOURISM_UNIT, "so-du-lich@an-giang.lienket.example", "+8490000891",
                    List.of(Channel.EMAIL, Channel.SMS), false, null);
        }
        return new Unit(PROVINCE + ".so-du-lich", PROVINCE, "Sở Du lịch tỉnh Kiên Giang", UnitKind.TOURISM_UNIT,
                "so-du-lich@kien-giang.lienket.example", "+8490000911", List.of(Channel.EMAIL, Channel.SMS), false, null);
    }
}
