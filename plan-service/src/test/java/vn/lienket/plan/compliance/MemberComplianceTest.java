package vn.lienket.plan.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.DerivedPlanTakenOver;

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

    @Test
    void aMemberIsRemindedSevenDaysAndOneDayBeforeTheDueDateOnceEach() {
        LocalDate due = LocalDate.of(2026, 12, 15);
        MemberCompliance notified = MemberCompliance.pending("p", "ca-mau")
                .notified(2, due, Instant.parse("2026-11-20T02:00:00Z"));
        List<Integer> days = List.of(7, 1);

        assertThat(notified.reminderDue(due.minusDays(8), days)).isEmpty();
        assertThat(notified.reminderDue(due.minusDays(7), days)).contains(7);
        MemberCompliance reminded7 = notified.reminded(7);
        assertThat(reminded7.reminderDue(due.minusDays(6), days)).isEmpty();
        assertThat(reminded7.reminderDue(due.minusDays(1), days)).contains(1);
        assertThat(reminded7.reminded(1).reminderDue(due, days)).isEmpty();
        assertThat(notified.reminderDue(due.minusDays(1), days)).as("a missed 7-day reminder is not sent late").contains(1);
        assertThat(notified.reminded(1).reminderDue(due.minusDays(1), days)).isEmpty();
    }

    @Test
    void noReminderForAThresholdPassedBeforeTheMemberWasNotifiedNorOnceRevisedOrForAnOlderVersion() {
        LocalDate due = LocalDate.of(2026, 12, 15);
        MemberCompliance late = MemberCompliance.pending("p", "ca-mau").notified(2, due, Instant.parse("2026-12-11T02:00:00Z"));

        assertThat(late.reminderDue(due.minusDays(3), List.of(7, 1))).as("told 4 days before").isEmpty();
        assertThat(late.reminderDue(due.minusDays(1), List.of(7, 1))).contains(1);
        assertThat(late.revised(2, true, Instant.parse("2026-12-12T02:00:00Z")).reminderDue(due.minusDays(1), List.of(7, 1)))
                .isEmpty();
        MemberCompliance renotified = late.reminded(1).notified(3, due.plusDays(30), Instant.parse("2026-12-14T02:00:00Z"));
        assertThat(renotified.reminderDue(due.plusDays(23), List.of(7, 1))).as("a new version is reminded afresh").contains(7);
    }

    @Test
    void aMemberNotYetToldOfTheLatestVersionIsPendingForItAndShowsTheVersionItWasLastToldOf() {
        LocalDate dueOfV3 = DUE.plusDays(20);

        MemberCompliance.Standing standing = notified.standingOn(3, dueOfV3, DUE.plusDays(5));

        assertThat(standing.status()).isEqualTo(ComplianceStatus.PENDING);
        assertThat(standing.notYetNotified()).isTrue();
        assertThat(standing.version()).isEqualTo(3);
        assertThat(standing.dueDate()).isEqualTo(dueOfV3);
        assertThat(standing.notifiedAt()).isNull();
        assertThat(standing.lastNotifiedVersion()).isEqualTo(2);
        assertThat(standing.lastNotifiedStatus()).as("still overdue on the version it was told of")
                .isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(notified.revised(2, true, AT).standingOn(3, dueOfV3, DUE).lastNotifiedStatus())
                .isEqualTo(ComplianceStatus.REVISED);
        assertThat(notified.standingOn(2, DUE, DUE).status()).as("told of the latest").isEqualTo(ComplianceStatus.NOTIFIED);
    }

    @Test
    void aMemberNeverToldOfAVersionIsNeverOverdueForIt() {
        MemberCompliance never = MemberCompliance.pending("350", "ca-mau");

        assertThat(never.overdueUnreported(DUE.plusYears(1))).isFalse();
        assertThat(never.reminderDue(DUE.minusDays(1), List.of(7, 1))).isEmpty();
        MemberCompliance.Standing standing = never.standingOn(2, DUE, DUE.plusYears(1));
        assertThat(standing.status()).isEqualTo(ComplianceStatus.PENDING);
        assertThat(standing.lastNotifiedVersion()).isNull();
        assertThat(standing.lastNotifiedStatus()).isNull();
        assertThat(notified.toldOf(3)).isFalse();
        assertThat(notified.toldOf(2)).isTrue();
    }

    @Test
    void aMemberToldOnlyAfterTheDueDateKeepsThePlansDueDateAndTheBoardShowsItWasToldLate() {
        MemberCompliance toldLate = MemberCompliance.pending("350", "soc-trang")
                .notified(3, DUE, Instant.parse("2026-12-17T02:00:00Z"));

        MemberCompliance.Standing standing = toldLate.standingOn(3, DUE, DUE.plusDays(2));
        assertThat(standing.status()).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(standing.dueDate()).isEqualTo(DUE);
        assertThat(standing.toldAfterDueDate()).isTrue();
        assertThat(notified.standingOn(2, DUE, DUE).toldAfterDueDate()).isFalse();
    }

    static final String SUCCESSION = "can-tho@2025-07-01";
    static final Instant TAKEN_OVER = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aSuccessorThatTookOverAPlanToReviseIsToldOfTheLatestVersionOnceAndARedeliveryChangesNothing() {
        MemberCompliance taken = MemberCompliance.pending("350", "an-giang")
                .takenOver("an-giang@2025-07-01", DerivedPlanTakenOver.REVISION_REQUIRED, 1, 2, DUE, TAKEN_OVER);

        assertThat(taken.status()).isEqualTo(ComplianceStatus.NOTIFIED);
        assertThat(taken.requiredVersion()).isEqualTo(2);
        assertThat(taken.basedOnVersion()).isEqualTo(1);
        assertThat(taken.dueDate()).isEqualTo(DUE);
        assertThat(taken.consolidating()).isFalse();
        assertThat(taken.takenOver("an-giang@2025-07-01", DerivedPlanTakenOver.REVISION_REQUIRED, 1, 2, DUE, AT))
                .isSameAs(taken);
        assertThat(taken.revised(2, true, AT).takenOver("an-giang@2025-07-01", DerivedPlanTakenOver.REVISION_REQUIRED, 1,
                2, DUE, TAKEN_OVER).status()).as("redelivered after it revised").isEqualTo(ComplianceStatus.REVISED);
    }

    @Test
    void aSuccessorThatTookOverAnUpToDatePlanStandsRevisedAtItsVersion() {
        MemberCompliance taken = MemberCompliance.pending("350", "ca-mau")
                .takenOver("ca-mau@2025-07-01", DerivedPlanTakenOver.UP_TO_DATE, 2, 2, null, TAKEN_OVER);

        assertThat(taken.status()).isEqualTo(ComplianceStatus.REVISED);
        assertThat(taken.basedOnVersion()).isEqualTo(2);
        assertThat(taken.requiredVersion()).isEqualTo(2);
        assertThat(taken.revisedAt()).isEqualTo(TAKEN_OVER);
        assertThat(taken.overdueUnreported(DUE.plusYears(1))).isFalse();
    }

    @Test
    void aSuccessorConsolidatingIsToldAgainEvenAtItsOwnVersionAndPublishingTheConsolidatedPlanRevisesIt() {
        MemberCompliance ownRevised = notified.revised(2, true, AT);
        MemberCompliance consolidating = ownRevised.takenOver(SUCCESSION, DerivedPlanTakenOver.CONSOLIDATING, 2, 2, DUE,
                TAKEN_OVER);

        assertThat(consolidating.status()).isEqualTo(ComplianceStatus.NOTIFIED);
        assertThat(consolidating.consolidating()).isTrue();
        assertThat(consolidating.revised(2, true, AT)).as("its own revision, redelivered").isSameAs(consolidating);
        MemberCompliance published = consolidating.revised(2, true, TAKEN_OVER.plusSeconds(3600));
        assertThat(published.status()).isEqualTo(ComplianceStatus.REVISED);
        assertThat(published.consolidating()).isFalse();
        assertThat(published.takenOver(SUCCESSION, DerivedPlanTakenOver.CONSOLIDATING, 2, 2, DUE, TAKEN_OVER))
                .as("the takeover redelivered").isSameAs(published);
    }

    @Test
    void aSuccessorAlreadyToldOfTheVersionKeepsItsNoticeAndRemindersAndIsMarkedConsolidating() {
        MemberCompliance reminded = notified.reminded(7);

        MemberCompliance taken = reminded.takenOver(SUCCESSION, DerivedPlanTakenOver.CONSOLIDATING, 1, 2, DUE.plusDays(3),
                TAKEN_OVER);

        assertThat(taken.notifiedAt()).isEqualTo(AT);
        assertThat(taken.dueDate()).isEqualTo(DUE);
        assertThat(taken.remindedDaysBefore()).as("never reminded twice").containsExactly(7);
        assertThat(taken.consolidating()).isTrue();
    }
}
