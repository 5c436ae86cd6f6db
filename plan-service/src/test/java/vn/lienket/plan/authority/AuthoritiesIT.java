package vn.lienket.plan.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/** The register over HTTP: read by any caller with a token, filtered by kind, day and name, a page at a time. */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class AuthoritiesIT {

    static final String VIEWER = TestTokens.token("soc-trang", "viewer");

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    List<String> ids(String path) {
        ApiClient.Response response = api().get(path, VIEWER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(a -> a.get("id").asString()).toList();
    }

    @Test
    void theRegisterHoldsTheSixtyThreeUnitsInTheOrderOfTheirCodesAPageAtATime() {
        List<String> codes = new ArrayList<>();
        String next = "/api/authorities?limit=20";
        int pages = 0;
        while (next != null) {
            ApiClient.Response page = api().get(next, VIEWER);
            assertThat(page.status()).isEqualTo(200);
            // the seed's own test adds a benchmark province (code 977) to the store these tests share
            page.json().valueStream().filter(a -> !a.get("id").asString().startsWith("bench-"))
                    .map(a -> a.get("code").asString()).forEach(codes::add);
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isBetween(4, 5);
        assertThat(codes).hasSize(63).isSorted().doesNotHaveDuplicates().startsWith("01", "02").endsWith("95", "96");
        assertThat(api().get("/api/authorities", null).status()).isEqualTo(401);
    }

    @Test
    void itIsFilteredByKindByTheDayItIsValidOnAndByNameWithOrWithoutDiacritics() {
        assertThat(ids("/api/authorities?kind=CENTRAL_CITY"))
                .containsExactly("ha-noi", "hai-phong", "da-nang", "ho-chi-minh-city", "can-tho");
        assertThat(ids("/api/authorities?on=2003-12-31&limit=200").stream().filter(id -> !id.startsWith("bench-")))
                .hasSize(58).doesNotContain("dien-bien", "hau-giang");
        assertThat(ids("/api/authorities?q=ho%20chi%20minh")).containsExactly("ho-chi-minh-city");
        assertThat(ids("/api/authorities?q=Kiên")).containsExactly("kien-giang");
        ApiClient.Response badKind = api().get("/api/authorities?kind=VILLAGE", VIEWER);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("field").asString()).isEqualTo("kind");
        assertThat(api().get("/api/authorities?on=31/12/2003", VIEWER).status()).isEqualTo(400);
    }

    @Test
    void oneAuthorityIsReadByItsId() {
        JsonNode hcmc = api().get("/api/authorities/ho-chi-minh-city", VIEWER).json();
        assertThat(hcmc.get("code").asString()).isEqualTo("79");
        assertThat(hcmc.get("kind").asString()).isEqualTo("CENTRAL_CITY");
        assertThat(hcmc.get("tourismDepartment").asString()).isEqualTo("Sở Du lịch Thành phố Hồ Chí Minh");
        assertThat(hcmc.get("successions").isEmpty()).isTrue();
        assertThat(api().get("/api/authorities/atlantis", VIEWER).status()).isEqualTo(404);
    }
}
