package vn.lienket.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A gateway's share of the platform's limit, on a clock the test moves itself. */
class RateLimitsTest {

    static EdgeProperties limits(int perSecond, int burst, int gateways) {
        return new EdgeProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(21), perSecond, burst,
                List.of("http://localhost:5173"), Duration.ofMinutes(10), DataSize.ofMegabytes(4), Duration.ofSeconds(2),
                DataSize.ofMegabytes(256), Duration.ofSeconds(10), gateways);
    }

    static int admitted(RateLimits limits, String client, int tries, long now) {
        int admitted = 0;
        for (int i = 0; i < tries; i++) {
            if (limits.take(client, now) == 0) {
                admitted++;
            }
        }
        return admitted;
    }

    @Test
    void oneGatewayAllowsTheWholeBurstAndRate() {
        RateLimits limits = new RateLimits(limits(10, 20, 1));

        assertThat(admitted(limits, "client a", 50, 0)).isEqualTo(20);
        assertThat(admitted(limits, "client a", 50, 1_000_000_000L)).as("one second later").isEqualTo(10);
    }

    @Test
    void eachOfTwoGatewaysAllowsHalfSoThatBothTogetherAllowTheLimit() {
        RateLimits first = new RateLimits(limits(10, 20, 2));
        RateLimits second = new RateLimits(limits(10, 20, 2));

        int burst = admitted(first, "client a", 50, 0) + admitted(second, "client a", 50, 0);
        int nextSecond = admitted(first, "client a", 50, 1_000_000_000L) + admitted(second, "client a", 50, 1_000_000_000L);

        assertThat(burst).isEqualTo(20);
        assertThat(nextSecond).isEqualTo(10);
    }

    @Test
    void aBurstSmallerThanTheNumberOfGatewaysIsRefusedAtStart() {
        // three gateways each letting one request through would allow three where the burst is one
        assertThatThrownBy(() -> limits(1, 1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lienket.gateway.burst (1) must be at least the number of gateways (3)");
    }

    @Test
    void aBurstOfOneRequestPerGatewayLetsOneThroughEach() {
        RateLimits limits = new RateLimits(limits(1, 3, 3));

        assertThat(admitted(limits, "client a", 5, 0)).isEqualTo(1);
        assertThat(limits.take("client a", 0)).as("the wait for its next request, in ms").isEqualTo(3000);
    }
}
