package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.notification.directory.Channel;
import vn.lienket.notification.directory.QuietHours;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitKind;

class DeliveryPropertiesTest {

    static final QuietHours LUNCH = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30));

    @Test
    void aUnitWithoutQuietHoursOfItsOwnGetsTheDefaultOnes() {
        assertThat(properties("22:00-07:00").quietHoursOf(unit(null))).contains(QuietHours.NIGHT);
        assertThat(properties("none").quietHoursOf(unit(null))).isEmpty();
    }

    @Test
    void aUnitsOwnQuietHoursHoldWhateverTheDefault() {
        assertThat(properties("22:00-07:00").quietHoursOf(unit(LUNCH))).contains(LUNCH);
        assertThat(properties("none").quietHoursOf(unit(LUNCH))).contains(LUNCH);
    }

    @Test
    void aMistypedDefaultStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> properties("22h-7h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'22h-7h'");
    }

    static DeliveryProperties properties(String defaultQuietHours) {
        return new DeliveryProperties(Duration.ofSeconds(2), Duration.ofMinutes(5), 10, Duration.ofSeconds(60),
                Duration.ofMillis(500), Duration.ofSeconds(60), defaultQuietHours, Duration.ofHours(1), 10,
                Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    static Unit unit(QuietHours quietHours) {
        return new Unit("an-giang.so-du-lich", "an-giang", "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang",
                UnitKind.TOURISM_UNIT, "so-du-lich@an-giang.lienket.example", "+84900008891",
                List.of(Channel.EMAIL, Channel.SMS), false, quietHours);
    }
}
