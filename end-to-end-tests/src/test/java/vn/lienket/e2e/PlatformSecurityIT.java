package vn.lienket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.support.testing.AccessMatrix.LEAD_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OTHER_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OTHER_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.OWN_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.OWN_VIEWER;
import static vn.lienket.support.testing.AccessMatrix.PLATFORM_ADMIN;
import static vn.lienket.support.testing.AccessMatrix.Route.get;
import static vn.lienket.support.testing.AccessMatrix.Route.write;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.AccessMatrix.Caller;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.TestTokens;

/**
 * The tenant seal on the whole platform, through the gateway, with tokens from the real identity
 * provider: every public route against each kind of caller; and a signing-key rotation that
 * leaves every token in use valid. (Expired tokens and tokens for another audience need a key
 * this test does not hold; each service's and the gateway's own suites cover them.)
 */
@ExtendWith(RunningPlatform.class)
@Order(2)
class PlatformSecurityIT {

    static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;
    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";

    @Test
    void everyRouteThroughTheGatewayAgainstEveryCaller() {
        String derived = "/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024";
        String units = "/api/notifications/authorities/kien-giang/units";
        String readers[] = {LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER};
        String everyone[] = {LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER, OTHER_COORDINATOR, PLATFORM_ADMIN};
        String activity = "{\"code\":\"2.3\",\"title\":\"Không gian\",\"theme\":null,\"timeframe\":\"Quý II/2024\","
                + "\"location\":\"Tỉnh Vĩnh Long\"}";
        String fields = "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[\"Báo Kiên Giang\"]}";
        String unit = "{\"key\":\"bao-ma-tran\",\"name\":\"Báo Ma Trận\",\"kind\":\"NEWSPAPER\","
                + "\"email\":\"bao@matran.example\",\"channels\":[\"EMAIL\"]}";
        String kienGiang = PLATFORM.token("kien-giang");

        AccessMatrix.check(PLATFORM.api(), List.of(
                // plan-service
                get("/api/programmes/hcmc-mekong-tourism", readers),
                get("/api/master-plans?programme=hcmc-mekong-tourism", readers),
                get(PLAN, readers),
                get(PLAN + "/changes?from=1&to=2", readers),
                get(PLAN + "/activities?q=hoi%20nghi", readers),
                get(PLAN + "/compliance", LEAD_COORDINATOR),
                get(PLAN + "/compliance/audit", LEAD_COORDINATOR),
                get(PLAN + "/progress", LEAD_COORDINATOR),
                get(PLAN + "/audit", LEAD_COORDINATOR),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written
                write("POST", PLAN + "/draft/sections/2/activities", activity, LEAD_COORDINATOR),
                write("DELETE", PLAN + "/draft/activities/2.3", null, LEAD_COORDINATOR),
                // a due date in the past: a caller that passes the checks gets 400 and nothing is published
                write("POST", PLAN + "/versions", "{\"revisionDueDate\":\"2000-01-01\"}", LEAD_COORDINATOR),
                // province-service
                get("/api/provinces/kien-giang/derived-plans", readers),
                get(derived, readers),
                get(derived + "/versions/1", readers),
                get(derived + "/audit", readers),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written
                write("PUT", derived + "/activities/2.3", fields, OWN_PLANNER),
                write("POST", derived + "/activities/2.3/progress", "{\"status\":\"IN_PROGRESS\"}", OWN_PLANNER),
                // notification-service
                // each sees the deliveries of the programmes it leads and those to its own units
                get("/api/notifications/deliveries", LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER,
                        OTHER_COORDINATOR),
                get("/api/notifications/deliveries?tenant=kien-giang", LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER),
                get("/api/notifications/receipts/unmatched", PLATFORM_ADMIN),
                // operators: each service's parked records
                get("/api/operations/plan-service/dead-letters", PLATFORM_ADMIN),
                get("/api/operations/province-service/dead-letters", PLATFORM_ADMIN),
                get("/api/operations/notification-service/dead-letters?status=PARKED", PLATFORM_ADMIN),
                write("POST", "/api/notifications/deliveries/no-such-delivery/resend", "", LEAD_COORDINATOR,
                        OTHER_COORDINATOR),
                get(units, OWN_PLANNER, OWN_VIEWER),
                write("POST", units, unit, OWN_PLANNER),
                // without If-Match: the planner gets 428 and nothing is written; the unit is removed below
                write("PUT", units + "/kien-giang.bao-ma-tran", unit, OWN_PLANNER),
                write("DELETE", units + "/kien-giang.bao-ma-tran", null, OWN_PLANNER),
                get("/api/notifications/templates/overdue/preview", everyone)),
                List.of(new Caller(LEAD_COORDINATOR, PLATFORM.token("ho-chi-minh-city")),
                        new Caller(OWN_PLANNER, kienGiang),
                        new Caller(OWN_VIEWER, PLATFORM.token("kien-giang-viewer")),
                        new Caller(OTHER_PLANNER, PLATFORM.token("lao-cai")),
                        new Caller(OTHER_COORDINATOR, PLATFORM.token("ha-giang")),
                        new Caller(PLATFORM_ADMIN, PLATFORM.token("platform-admin")),
                        new Caller("no token", null),
                        new Caller("forged signature", forged(kienGiang)),
                        new Caller("token signed by another key", TestTokens.signedByAnotherKey("kien-giang", "planner"))));

        String etag = PLATFORM.api().get(units + "/kien-giang.bao-ma-tran", kienGiang).header("ETag");
        assertThat(PLATFORM.api().delete(units + "/kien-giang.bao-ma-tran", kienGiang, "If-Match", etag).status())
                .isEqualTo(204);
    }

    @Test
    void aKeyRotationLeavesEveryTokenInUseValid() {
        ApiClient gateway = PLATFORM.api();
        ApiClient provinceService = new ApiClient(PLATFORM.service("province-service"));
        String plans = "/api/provinces/kien-giang/derived-plans";
        String before = PLATFORM.token("kien-giang");
        assertThat(gateway.get(plans, before).status()).isEqualTo(200);

        JsonNode ring = JsonMapper.builder().build().readTree(PLATFORM.rotateKey());
        String after = PLATFORM.token("kien-giang");

        assertThat(ring.get(0).get("signing").asBoolean()).isTrue();
        assertThat(kid(after)).isEqualTo(ring.get(0).get("kid").asString()).isNotEqualTo(kid(before));
        assertThat(ring.valueStream().map(k -> k.get("kid").asString())).contains(kid(before));
        JsonNode jwks = new ApiClient(PLATFORM.identity()).get("/oauth2/jwks", null).json().get("keys");
        assertThat(jwks.valueStream().map(k -> k.get("kid").asString())).contains(kid(before), kid(after));
        for (String token : List.of(before, after)) {
            assertThat(gateway.get(plans, token).status()).as("through the gateway").isEqualTo(200);
            assertThat(provinceService.get(plans, token).status()).as("at the service").isEqualTo(200);
        }
    }

    /** The same claims with the signature's bytes changed. */
    private static String forged(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[0] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static String kid(String token) {
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).get("kid").asString();
    }
}
