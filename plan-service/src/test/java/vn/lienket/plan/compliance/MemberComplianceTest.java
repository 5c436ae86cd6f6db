package vn.lienket.plan.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MemberComplianceTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 15);
    static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    final MemberCompliance notified = MemberCompliance.pending("350", "kien-giang").notified(2, DUE, AT);

    @Test
    void notifiedTurnsOverdueTheDayAfterTheDueDate() {
        assertThat(notified.asOf(DUE).status()).isEqualTo(ComplianceStatus.NOTIFIED);
        assertThat(notified.asOf(DUE.plusDays(1)).status()).isEqualTo(ComplianceStatus.OVERDUE);
    }

    @Test
    void aRevisedMemberIsNeverOverdueAndARepeatedNoticeDoesNotUndoIt() {
        MemberCompliance revised = notified.revised(2, true, AT);

        assertThat(revised.asOf(DUE.plusDays(30)).status()).isEqualTo(ComplianceStatus.REVISED);
        assertThat(revised.notified(2, DUE, AT)).isSameAs(revised);
        assertThat(revised.revised(2, true, AT)).isSameAs(revised);
    }

    @Test
    void aNewerVersionNotifiesAgain() {
        MemberCompliance again = notified.revised(2, true, AT).notified(3, DUE.plusDays(10), AT);

        assertThat(again.status()).isEqualTo(ComplianceStatus.NOTIFIED);
        assertThat(again.requiredVersion()).isEqualTo(3);
        assertThat(again.basedOnVersion()).isEqualTo(2);
    }

    @Test
    void anOverdueMemberIsReportedOncePerRequiredVersion() {
        assertThat(notified.overdueUnreported(DUE)).isFalse();
        assertThat(notified.overdueUnreported(DUE.plusDays(1))).isTrue();

        MemberCompliance reported = notified.reportedOverdue();
        assertThat(reported.status()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(reported.overdueUnreported(DUE.plusDays(2))).isFalse();
        assertThat(reported.revised(2, false, AT).status()).isEqualTo(ComplianceStatus.REVISED);
        assertThat(reported.notified(3, DUE.plusDays(30), AT).overdueUnreported(DUE.plusDays(31))).isTrue();
    }
}
