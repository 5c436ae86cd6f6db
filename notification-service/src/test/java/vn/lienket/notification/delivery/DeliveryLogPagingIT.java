package vn.lienket.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * The delivery log is served newest first, a bounded page at a time, the next page in the Link
 * header; following the links while new deliveries keep arriving gives every delivery that was
 * there exactly once, in order, and new ones never push an old one out of reach.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class DeliveryLogPagingIT {

    static final String[] MEKONG_MEMBERS = {"long-an", "tien-giang", "ben-tre", "tra-vinh", "vinh-long", "dong-thap",
            "an-giang", "kien-giang", "can-tho", "hau-giang", "soc-trang", "bac-lieu", "ca-mau"};

    @LocalServerPort
    int port;

    @Autowired
    DeliveryService service;

    @Autowired
    MongoDatabase database;

    @Test
    void followingTheNextLinksWhileDeliveriesArriveGivesEveryDeliveryOnceNewestFirst() {
        for (String member : MEKONG_MEMBERS) {
            service.onEvent(revisionRequired(member));
        }
        Set<String> there = database.getCollection("deliveries").find(Filters.eq("programmeId", "hcmc-mekong-tourism"))
                .map(d -> d.getString("_id")).into(new ArrayList<>()).stream().collect(Collectors.toSet());
        assertThat(there).hasSizeGreaterThanOrEqualTo(2 * MEKONG_MEMBERS.length);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        List<JsonNode> served = new ArrayList<>();
        String next = "/api/notifications/deliveries?programme=hcmc-mekong-tourism&limit=7";
        int page = 0;
        while (next != null) {
            ApiClient.Response response = api.get(next, hcmc);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().size()).isLessThanOrEqualTo(7);
            response.json().valueStream().forEach(served::add);
            service.onEvent(revisionRequired(MEKONG_MEMBERS[page++ % MEKONG_MEMBERS.length])); // arrives at the head
            next = nextLink(response);
        }

        List<String> ids = served.stream().map(d -> d.get("id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(there);
        assertThat(served).isSortedAccordingTo(Comparator.comparing((JsonNode d) -> Instant.parse(d.get("createdAt").asString())
                .toEpochMilli()).thenComparing(d -> d.get("id").asString()).reversed());
        assertThat(page).isGreaterThan(there.size() / 7);
    }

    @Test
    void theFirstPageHoldsTheNewestDeliveriesAndALimitAboveTheBoundIs400() {
        DerivedPlanRevisionRequired newest = revisionRequired("ca-mau");
        service.onEvent(newest);
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");

        ApiClient.Response first = api.get("/api/notifications/deliveries?limit=2", hcmc);

        assertThat(first.json().valueStream().map(d -> d.get("eventId").asString())).containsOnly(newest.eventId());
        assertThat(first.header("Link")).contains("rel=\"next\"", "cursor=");
        ApiClient.Response tooMany = api.get("/api/notifications/deliveries?limit=201", hcmc);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("field").asString()).isEqualTo("limit");
        assertThat(api.get("/api/notifications/deliveries?cursor=not-a-cursor", hcmc).status()).isEqualTo(400);
    }

    static String nextLink(ApiClient.Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return uri.substring(uri.indexOf("/api/"));
    }

    static DerivedPlanRevisionRequired revisionRequired(String province) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.now(), province, "hcmc-mekong-tourism",
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2, 1, LocalDate.of(2026, 12, 15),
                List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))), List.of());
    }
}
