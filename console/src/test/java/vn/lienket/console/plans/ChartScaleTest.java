package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartScaleTest {

    @Test
    void thirteenMembersAreTickedEveryFiveAndAtThirteen() {
        ChartScale scale = ChartScale.of(13, 520);

        assertThat(scale.ticks()).containsExactly(0, 5, 10, 13);
        assertThat(scale.x(13)).isEqualTo(520);
        assertThat(scale.x(6.5)).isEqualTo(260);
    }

    @Test
    void aRoundTickTooCloseToTheEndGivesWayToIt() {
        assertThat(ChartScale.of(21, 100).ticks()).containsExactly(0, 5, 10, 15, 21);
        assertThat(ChartScale.of(63, 100).ticks()).containsExactly(0, 20, 40, 63);
        assertThat(ChartScale.of(10, 100).ticks()).containsExactly(0, 2, 4, 6, 8, 10);
    }

    @Test
    void noMembersStillDrawsAScaleAndValuesStayOnIt() {
        ChartScale none = ChartScale.of(0, 100);

        assertThat(none.max()).isEqualTo(1);
        assertThat(none.ticks()).containsExactly(0, 1);
        assertThat(ChartScale.of(13, 520).x(20)).as("beyond the end").isEqualTo(520);
        assertThat(ChartScale.of(13, 520).x(-1)).isZero();
    }

    @Test
    void theStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ChartScale.step(1)).isEqualTo(1);
        assertThat(ChartScale.step(7)).isEqualTo(2);
        assertThat(ChartScale.step(13)).isEqualTo(5);
        assertThat(ChartScale.step(40)).isEqualTo(10);
        assertThat(ChartScale.step(130)).isEqualTo(50);
    }
}
