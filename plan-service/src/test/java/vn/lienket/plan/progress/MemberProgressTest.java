package vn.lienket.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ActivityProgressReported;

/** Who had reported by the reporting deadline, told from each member's report history, at fixed instants. */
class MemberProgressTest {

    static final LocalDate DEADLINE = LocalDate.of(2024, 11, 10);
    /** 23:30 on the deadline day in Vietnam (16:30 UTC): still in time. */
    static final Instant LAST_HALF_HOUR = Instant.parse("2024-11-10T16:30:00Z");
    /** 00:30 the day after in Vietnam (17:30 UTC on the deadline day): too late. */
    static final Instant JUST_AFTER = Instant.parse("2024-11-10T17:30:00Z");
    static final List<String> MEMBERS = List.of("kien-giang", "soc-trang", "ca-mau");

    static int events;

    static ActivityProgressReported report(String member, String status, Instant at) {
        return new ActivityProgressReported("event-" + (++events), at, member, "hcmc-mekong-tourism", "ho-chi-minh-city",
                "350-kh-ubnd-2024", "5.1", "5.1", status, vn.lienket.support.time.VietnamTime.dateOf(at), null);
    }

    @Test
    void aMemberThatReportedByTheDeadlineAndUpdatedAfterItIsNotMissing() {
        MemberProgress kienGiang = MemberProgress.first(report("kien-giang", "IN_PROGRESS", LAST_HALF_HOUR))
                .recorded(report("kien-giang", "DONE", JUST_AFTER.plusSeconds(86_400)));

        assertThat(kienGiang.status()).as("the latest report is the current one").isEqualTo("DONE");
        assertThat(kienGiang.history()).extracting(MemberProgress.Report::status).containsExactly("IN_PROGRESS", "DONE");
        assertThat(ProgressBoard.missingAt(DEADLINE, MEMBERS, List.of(kienGiang))).containsExactly("soc-trang", "ca-mau");
    }

    @Test
    void aReportMadeJustAfterMidnightInVietnamIsLateEvenWhileItIsStillTheDeadlineDayInUtc() {
        MemberProgress socTrang = MemberProgress.first(report("soc-trang", "DONE", JUST_AFTER));
        MemberProgress caMau = MemberProgress.first(report("ca-mau", "DONE", LAST_HALF_HOUR));

        assertThat(ProgressBoard.missingAt(DEADLINE, MEMBERS, List.of(socTrang, caMau)))
                .containsExactly("kien-giang", "soc-trang");
    }

    @Test
    void aRedeliveredReportChangesNothingAndALateArrivingOlderOneJoinsTheHistoryWithoutBecomingCurrent() {
        ActivityProgressReported done = report("ca-mau", "DONE", JUST_AFTER);
        MemberProgress caMau = MemberProgress.first(done);

        assertThat(caMau.recorded(done)).isSameAs(caMau);
        MemberProgress withOlder = caMau.recorded(report("ca-mau", "IN_PROGRESS", LAST_HALF_HOUR));
        assertThat(withOlder.status()).isEqualTo("DONE");
        assertThat(withOlder.reportedAt()).isEqualTo(JUST_AFTER);
        assertThat(withOlder.history()).extracting(MemberProgress.Report::status).containsExactly("IN_PROGRESS", "DONE");
        assertThat(withOlder.reportedBy(DEADLINE)).isTrue();
    }

    @Test
    void aRowKeptBeforeTheHistoryReadsAsAHistoryOfItsOneReport() {
        MemberProgress old = new MemberProgress("id", "350-kh-ubnd-2024", "kien-giang", "5.1", "5.1", "DONE",
                DEADLINE, null, LAST_HALF_HOUR, null);

        assertThat(old.history()).singleElement().satisfies(r -> assertThat(r.reportedAt()).isEqualTo(LAST_HALF_HOUR));
        assertThat(old.reportedBy(DEADLINE)).isTrue();
    }
}
