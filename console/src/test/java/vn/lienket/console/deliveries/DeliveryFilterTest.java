package vn.lienket.console.deliveries;

import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFilterTest {

    @Test
    void onlyTheFiltersGivenGoToTheApi() {
        DeliveryFilter filter = new DeliveryFilter("350-kh-ubnd-2024", " ", "FAILED");

        assertThat(filter.apiPath(null)).isEqualTo("/api/notifications/deliveries?limit=50&plan={plan}&status={status}");
        assertThat(filter.variables(null)).containsExactly("350-kh-ubnd-2024", "FAILED");
        assertThat(filter.apiPath("c1")).endsWith("&cursor={cursor}");
        assertThat(filter.variables("c1")).containsExactly("350-kh-ubnd-2024", "FAILED", "c1");
        assertThat(new DeliveryFilter(null, null, null).apiPath(null)).isEqualTo("/api/notifications/deliveries?limit=50");
    }

    @Test
    void aStatusTheLogDoesNotHaveIsNoFilter() {
        assertThat(new DeliveryFilter(null, null, "LOST").status()).isNull();
        assertThat(new DeliveryFilter(null, null, "LOST").any()).isFalse();
    }

    @Test
    void aUnitIsNamedAuthorityDotUnit() {
        assertThat(new DeliveryFilter(null, "kien-giang.so-du-lich", null).unitWellFormed()).isTrue();
        assertThat(new DeliveryFilter(null, "Sở Du lịch", null).unitWellFormed()).isFalse();
        assertThat(new DeliveryFilter(null, "", null).unitWellFormed()).isTrue();
    }

    @Test
    void theNextPageKeepsTheFilters() {
        DeliveryFilter filter = new DeliveryFilter("350-kh-ubnd-2024", "kien-giang.so-du-lich", null);

        assertThat(filter.pageHref("abc=")).isEqualTo("/deliveries?plan=350-kh-ubnd-2024&unit=kien-giang.so-du-lich&cursor=abc%3D");
        assertThat(filter.pageHref(null)).isEqualTo("/deliveries?plan=350-kh-ubnd-2024&unit=kien-giang.so-du-lich");
    }

    @Test
    void onlyAFailedDeliveryOfAProgrammeThePersonCoordinatesMayBeResent() {
        JsonMapper json = JsonMapper.builder().build();
        String failed = """
                {"id":"e|kien-giang.so-du-lich|SMS","programmeId":"hcmc-mekong-tourism","status":"FAILED","channel":"SMS",
                 "lastError":"SMSC refused: invalid destination","timeline":[{"status":"QUEUED","at":"2024-03-01T01:00:00Z","detail":null},
                 {"status":"FAILED","at":"2024-03-01T01:05:00Z","detail":"SMSC refused: invalid destination"}]}
                """;

        DeliveryView view = DeliveryView.of(json.readTree(failed), Set.of("hcmc-mekong-tourism"));
        assertThat(view.resendable()).isTrue();
        assertThat(view.failing()).isTrue();
        assertThat(view.timeline()).extracting(DeliveryView.Step::status).containsExactly("QUEUED", "FAILED");
        assertThat(DeliveryView.of(json.readTree(failed), Set.of("north-west")).resendable()).isFalse();
        assertThat(DeliveryView.of(json.readTree(failed.replace("\"FAILED\",\"channel\"", "\"DELIVERED\",\"channel\"")),
                Set.of("hcmc-mekong-tourism")).resendable()).isFalse();
    }
}
