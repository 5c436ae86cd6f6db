package vn.lienket.plan.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.ReportingDeadline;
import vn.lienket.plan.programme.Programme;

/**
 * The HCMC–Mekong programme's 13 members, before and after Resolution 202/2025/QH15 as the register
 * applies it to a programme: each predecessor's membership ends on 2025-07-01 succeeded by its
 * successor, and a successor not yet a member (Tây Ninh) joins that day. Six members remain.
 */
public final class MekongSuccessions {

    public static final LocalDate JOINED = LocalDate.of(2024, 1, 1);
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);
    public static final String LEAD = "ho-chi-minh-city";
    public static final List<String> THIRTEEN = List.of("long-an", "tien-giang", "ben-tre", "tra-vinh", "vinh-long",
            "dong-thap", "an-giang", "kien-giang", "can-tho", "hau-giang", "soc-trang", "bac-lieu", "ca-mau");
    /** Predecessor → successor, the Mekong part of the table. */
    public static final Map<String, String> SUCCEEDED_BY = Map.of("long-an", "tay-ninh", "tien-giang", "dong-thap",
            "ben-tre", "vinh-long", "tra-vinh", "vinh-long", "kien-giang", "an-giang", "hau-giang", "can-tho",
            "soc-trang", "can-tho", "bac-lieu", "ca-mau");
    public static final List<String> SIX = List.of("vinh-long", "dong-thap", "an-giang", "can-tho", "ca-mau", "tay-ninh");

    private MekongSuccessions() {
    }

    public static Programme before(String id) {
        return programme(id, THIRTEEN.stream().map(m -> new ProgrammeMembership(m, JOINED, null)).toList());
    }

    public static Programme after(String id) {
        List<ProgrammeMembership> memberships = new ArrayList<>(THIRTEEN.stream()
                .map(m -> SUCCEEDED_BY.containsKey(m)
                        ? new ProgrammeMembership(m, JOINED, EFFECTIVE, SUCCEEDED_BY.get(m))
                        : new ProgrammeMembership(m, JOINED, null))
                .toList());
        memberships.add(new ProgrammeMembership("tay-ninh", EFFECTIVE, null));
        return programme(id, memberships);
    }

    public static Programme programme(String id, List<ProgrammeMembership> memberships) {
        return new Programme(id, "Liên kết phát triển du lịch TP.HCM – ĐBSCL", List.of("tourism"), LEAD, memberships,
                JOINED, null, Programme.ACTIVE);
    }

    public static MasterPlan plan(String id, String programmeId, boolean closed) {
        return plan(id, programmeId, closed, List.of());
    }

    /** A plan whose draft has one activity, 5.1, with these reporting deadlines. */
    public static MasterPlan plan(String id, String programmeId, boolean closed, List<ReportingDeadline> deadlines) {
        List<SectionSnapshot> draft = List.of(new SectionSnapshot("5", "Xúc tiến", List.of(
                new ActivitySnapshot("5.1", "Famtrip khảo sát sản phẩm liên kết", "promotion", "Quý IV", "Cần Thơ"))));
        return new MasterPlan(id, programmeId, id, "Kế hoạch " + id, "UBND", JOINED, 2024, List.of(), null, null,
                draft, Instant.parse("2024-01-02T02:00:00Z"), "test", deadlines,
                closed ? MasterPlan.CLOSED : MasterPlan.OPEN, closed ? Instant.parse("2025-01-10T02:00:00Z") : null,
                closed ? "test" : null);
    }
}
