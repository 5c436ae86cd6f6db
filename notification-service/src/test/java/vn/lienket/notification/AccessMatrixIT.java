package vn.lienket.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.support.testing.AccessMatrix.Sample.get;
import static vn.lienket.support.testing.AccessMatrix.Sample.write;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.PendingChange;
import vn.lienket.notification.delivery.DeliveryService;
import vn.lienket.notification.link.ShortLinks;
import vn.lienket.access.NotificationServiceAccess;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.AccessMatrix.Resource;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * Every notification-service route against every kind of caller, called directly. A delivery
 * belongs to its event's programme: that programme's lead sees and resends it, the authority whose
 * unit it is for sees it, nobody else does. HCMC leads the Mekong programme and is a member of
 * Hà Giang's north-west one, so the second matrix is about HCMC's own units: Hà Giang sees HCMC's
 * north-west deliveries and never its Mekong ones. A unit directory is its authority's alone;
 * templates and short links are anyone's to read; unmatched SMS receipts are the platform admin's.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class AccessMatrixIT {

    static final String MEKONG = "hcmc-mekong-tourism";
    static final String NORTH_WEST = "northwest-hcmc-tourism";
    static final String DELIVERIES = "/api/notifications/deliveries";
    /** A Mekong delivery to Kiên Giang's unit: HCMC leads its programme, Kiên Giang is its party. */
    static final Resource MEKONG_TO_KIEN_GIANG = Resource.of("ho-chi-minh-city", "kien-giang");

    @LocalServerPort
    int port;

    @Autowired
    DeliveryService deliveryService;

    @Autowired
    ShortLinks shortLinks;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void everyRouteAgainstEveryCaller() {
        String units = "/api/notifications/authorities/kien-giang/units";
        String unit = "{\"key\":\"bao-ma-tran\",\"name\":\"Báo Ma Trận\",\"kind\":\"NEWSPAPER\","
                + "\"email\":\"bao@matran.example\",\"channels\":[\"EMAIL\"]}";
        String kienGiangEmail = path(revisionRequired("kien-giang", MEKONG, "ho-chi-minh-city", "350-kh-ubnd-2024"),
                "kien-giang.so-du-lich");

        AccessMatrix.check(api(), NotificationServiceAccess.POLICY, MEKONG_TO_KIEN_GIANG, List.of(
                // the whole log: everyone's own rows, so any authority's staff
                get(DELIVERIES).about(Resource.of("ho-chi-minh-city", "kien-giang", "soc-trang", "ha-giang")),
                get(DELIVERIES + "?tenant=kien-giang"),
                get(DELIVERIES + "?programme=" + MEKONG).about(Resource.of("ho-chi-minh-city", "kien-giang", "soc-trang")),
                get(DELIVERIES + "/" + kienGiangEmail),
                write("POST", DELIVERIES + "/" + kienGiangEmail + "/resend", ""),
                write("POST", DELIVERIES + "/no-such-delivery/resend", "").about(Resource.unknown()),
                get("/api/notifications/receipts/unmatched"),
                get(units),
                get(units + "/kien-giang.so-du-lich"),
                write("POST", units, unit),
                write("PUT", units + "/kien-giang.bao-ma-tran", unit),
                write("POST", units + "/kien-giang.bao-ma-tran/review", ""),
                write("DELETE", units + "/kien-giang.bao-ma-tran", null),
                get("/api/notifications/templates"),
                get("/api/notifications/templates/overdue/preview"),
                get("/api/notifications/templates/overdue/preview.html"),
                get("/api/notifications/links/" + shortLinks.codeFor("/provinces/kien-giang/plans/350-kh-ubnd-2024")),
                get("/api/audit/denied-requests"),
                get("/api/operations/dead-letters"),
                get("/api/operations/dead-letters/no-such-record"),
                write("POST", "/api/operations/dead-letters/no-such-record/redrive", ""),
                write("POST", "/api/operations/dead-letters/redrive?topic=lienket.no-such-topic", "")),
                AccessMatrix.callers("ho-chi-minh-city", "kien-giang", "soc-trang", "ha-giang"));

        // the matrix's PUT and DELETE name no version (428 for the planner); the unit goes with its ETag
        String planner = TestTokens.token("kien-giang", "planner");
        String etag = api().get(units + "/kien-giang.bao-ma-tran", planner).header("ETag");
        assertThat(api().delete(units + "/kien-giang.bao-ma-tran", planner, "If-Match", etag).status()).isEqualTo(204);
    }

    @Test
    void anAuthorityInTwoProgrammesIsSeenByEachLeadOnlyInThatLeadsProgramme() {
        // HCMC's own units: told of Kiên Giang's revision as the Mekong lead, of its own revision as a north-west member
        DerivedPlanRevised kienGiangRevised = new DerivedPlanRevised(UUID.randomUUID().toString(), Instant.now(),
                "kien-giang", MEKONG, "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", 2, 2,
                LocalDate.of(2026, 12, 15), true);
        String mekongToHcmc = path(kienGiangRevised, "ho-chi-minh-city.so-du-lich");
        String northWestToHcmc = path(revisionRequired("ho-chi-minh-city", NORTH_WEST, "ha-giang", "61-kh-nht-2021"),
                "ho-chi-minh-city.so-du-lich");
        // and one to a member's own unit, so that the member's view has something of its own in any test order
        path(revisionRequired("kien-giang", MEKONG, "ho-chi-minh-city", "350-kh-ubnd-2024"), "kien-giang.so-du-lich");

        // lead = HCMC as the Mekong lead; own = HCMC's units; other = Kiên Giang; another programme's lead = Hà Giang
        Resource mekongDelivery = Resource.of("ho-chi-minh-city", "ho-chi-minh-city");
        Resource northWestDelivery = Resource.of("ha-giang", "ho-chi-minh-city");
        AccessMatrix.check(api(), List.of(NotificationServiceAccess.POLICY), mekongDelivery, List.of(
                get(DELIVERIES + "/" + mekongToHcmc),
                write("POST", DELIVERIES + "/" + mekongToHcmc + "/resend", ""),
                get(DELIVERIES + "/" + northWestToHcmc).about(northWestDelivery),
                write("POST", DELIVERIES + "/" + northWestToHcmc + "/resend", "").about(northWestDelivery),
                get(DELIVERIES + "?programme=" + MEKONG).about(Resource.of("ho-chi-minh-city", "kien-giang")),
                get(DELIVERIES + "?programme=" + NORTH_WEST).about(Resource.of("ha-giang", "ho-chi-minh-city")),
                // Hà Giang leads a programme HCMC is a member of; Kiên Giang is only HCMC's fellow in another
                get(DELIVERIES + "?tenant=ho-chi-minh-city").about(new Resource(
                        java.util.Set.of("ha-giang"), java.util.Set.of("ho-chi-minh-city")))),
                AccessMatrix.callers("ho-chi-minh-city", "ho-chi-minh-city", "kien-giang", "ha-giang"));

        String haGiang = TestTokens.token("ha-giang", "coordinator");
        String hcmc = TestTokens.token("ho-chi-minh-city", "coordinator");
        assertThat(ids(api().get(DELIVERIES + "?tenant=ho-chi-minh-city&limit=200", haGiang)))
                .as("Hà Giang sees HCMC's north-west deliveries, not its Mekong ones")
                .contains(id(northWestToHcmc)).doesNotContain(id(mekongToHcmc));
        assertThat(ids(api().get(DELIVERIES + "?limit=200", haGiang))).doesNotContain(id(mekongToHcmc));
        assertThat(api().get(DELIVERIES + "?eventId=" + kienGiangRevised.eventId(), haGiang).json()).isEmpty();
        assertThat(ids(api().get(DELIVERIES + "?limit=200", hcmc))).contains(id(mekongToHcmc), id(northWestToHcmc));
        assertThat(api().get(DELIVERIES + "?limit=200", TestTokens.token("kien-giang", "planner")).json().valueStream()
                .map(d -> d.get("authorityId").asString())).as("a member sees its own").containsOnly("kien-giang");
        JsonNode mekong = api().get(DELIVERIES + "/" + mekongToHcmc, hcmc).json();
        assertThat(mekong.get("programmeId").asString()).isEqualTo(MEKONG);
        assertThat(mekong.get("planId").asString()).isEqualTo("350-kh-ubnd-2024");

        JsonNode denials = api().get("/api/audit/denied-requests?limit=200", haGiang).json();
        assertThat(denials.valueStream().filter(d -> d.get("tenant").asString().equals("ha-giang")
                && d.get("status").asInt() == 403 && d.get("reason").asString().contains(id(mekongToHcmc))))
                .as("Hà Giang's reads and resend of HCMC's Mekong delivery are in the denied-requests trail").hasSize(2);
    }

    /** Records the deliveries of an event, and the path of the email to this unit. */
    private String path(vn.lienket.contracts.IntegrationEvent event, String unitId) {
        deliveryService.onEvent(event);
        return URLEncoder.encode(event.eventId() + "|" + unitId + "|EMAIL", StandardCharsets.UTF_8);
    }

    private static String id(String path) {
        return java.net.URLDecoder.decode(path, StandardCharsets.UTF_8);
    }

    private static List<String> ids(ApiClient.Response log) {
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().valueStream().map(d -> d.get("id").asString()).toList();
    }

    static DerivedPlanRevisionRequired revisionRequired(String province, String programme, String lead, String plan) {
        return new DerivedPlanRevisionRequired(UUID.randomUUID().toString(), Instant.now(), province, programme, lead, plan,
                "350/KH-UBND", "Kế hoạch", 2, 1, LocalDate.of(2026, 12, 15),
                List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))), List.of());
    }
}
