package vn.lienket.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    // 15:30 UTC is 22:30 in Ho Chi Minh City; 23:00 UTC is 06:00 there the next day.
    static final Instant LATE_EVENING = Instant.parse("2026-11-23T15:30:00Z");
    static final Instant EARLY_MORNING = Instant.parse("2026-11-23T23:00:00Z");
    static final Instant AFTERNOON = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void theNightWindowRunsOvernightInVietnameseTime() {
        assertThat(QuietHours.NIGHT.contains(LATE_EVENING)).isTrue();
        assertThat(QuietHours.NIGHT.contains(EARLY_MORNING)).isTrue();
        assertThat(QuietHours.NIGHT.contains(AFTERNOON)).isFalse();
    }

    @Test
    void aHeldMessageIsReleasedAtSevenInTheMorning() {
        assertThat(QuietHours.NIGHT.releaseAfter(LATE_EVENING)).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(QuietHours.NIGHT.releaseAfter(EARLY_MORNING)).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(QuietHours.NIGHT.releaseAfter(AFTERNOON)).isEqualTo(AFTERNOON);
    }

    @Test
    void aDaytimeWindowHoldsUntilItsEndTheSameDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));
        Instant noonInHcmc = Instant.parse("2026-11-23T05:00:00Z");

        assertThat(lunch.contains(noonInHcmc)).isTrue();
        assertThat(lunch.releaseAfter(noonInHcmc)).isEqualTo(Instant.parse("2026-11-23T06:30:00Z"));
    }

    @Test
    void aWindowIsWrittenAsStartDashEndOrNone() {
        assertThat(QuietHours.parse("22:00-07:00")).isEqualTo(QuietHours.NIGHT);
        assertThat(QuietHours.parse(" 21:30 - 06:30 ")).isEqualTo(new QuietHours(LocalTime.of(21, 30), LocalTime.of(6, 30)));
        assertThat(QuietHours.parse("none")).isNull();
        assertThat(QuietHours.parse("NONE")).isNull();
    }

    @Test
    void anythingElseIsRefusedWithTheTextItWasGiven() {
        for (String bad : new String[] {"", "22:00", "22:00-25:00", "night", "22:00-22:00", "22:00-07:00-08:00"}) {
            assertThatThrownBy(() -> QuietHours.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("uiet hours");
        }
        assertThatThrownBy(() -> QuietHours.parse("night")).hasMessageContaining("'night'");
    }
}
