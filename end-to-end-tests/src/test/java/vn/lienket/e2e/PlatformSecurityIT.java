package vn.lienket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienket.support.testing.AccessMatrix.LEAD_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OTHER_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OTHER_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.OWN_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.OWN_VIEWER;
import static vn.lienket.support.testing.AccessMatrix.PLATFORM_ADMIN;
import static vn.lienket.support.testing.AccessMatrix.Sample.get;
import static vn.lienket.support.testing.AccessMatrix.Sample.write;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.access.Policies;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.AccessMatrix.Resource;
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
        String activity = "{\"code\":\"2.3\",\"title\":\"Không gian\",\"theme\":null,\"timeframe\":\"Quý II/2024\","
                + "\"location\":\"Tỉnh Vĩnh Long\"}";
        String fields = "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[\"Báo Kiên Giang\"]}";
        String unit = "{\"key\":\"bao-ma-tran\",\"name\":\"Báo Ma Trận\",\"kind\":\"NEWSPAPER\","
                + "\"email\":\"bao@matran.example\",\"channels\":[\"EMAIL\"]}";
        String kienGiang = PLATFORM.token("kien-giang");

        // each cell is judged by the policy of the service (or the gateway) whose route it is
        AccessMatrix.check(PLATFORM.api(), Policies.ALL, Resource.of("ho-chi-minh-city", "kien-giang"), List.of(
                // plan-service
                get("/api/programmes/hcmc-mekong-tourism"),
                get("/api/master-plans?programme=hcmc-mekong-tourism"),
                get(PLAN),
                get(PLAN + "/changes?from=1&to=2"),
                get(PLAN + "/activities?q=hoi%20nghi"),
                get(PLAN + "/compliance"),
                get(PLAN + "/compliance/audit"),
                get(PLAN + "/progress"),
                get(PLAN + "/audit"),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written
                write("POST", PLAN + "/draft/sections/2/activities", activity),
                write("DELETE", PLAN + "/draft/activities/2.3", null),
                // a due date in the past: a caller that passes the checks gets 400 and nothing is published
                write("POST", PLAN + "/versions", "{\"revisionDueDate\":\"2000-01-01\"}"),
                // province-service
                get("/api/provinces/kien-giang/derived-plans"),
                get(derived),
                get(derived + "/versions"),
                get(derived + "/versions/1"),
                get(derived + "/audit"),
                // without If-Match: a caller that passes the checks gets 428 and nothing is written
                write("PUT", derived + "/activities/2.3", fields),
                write("POST", derived + "/activities/2.3/progress", "{\"status\":\"IN_PROGRESS\"}"),
                // notification-service: each sees the deliveries of the programmes it leads and those to its own units
                get("/api/notifications/deliveries").about(Resource.of("ho-chi-minh-city", "kien-giang", "lao-cai", "ha-giang")),
                get("/api/notifications/deliveries?tenant=kien-giang"),
                get("/api/notifications/receipts/unmatched"),
                // operators: each service's parked records
                get("/api/operations/plan-service/dead-letters"),
                get("/api/operations/province-service/dead-letters"),
                get("/api/operations/notification-service/dead-letters?status=PARKED"),
                write("POST", "/api/notifications/deliveries/no-such-delivery/resend", "").about(Resource.unknown()),
                get(units),
                write("POST", units, unit),
                // without If-Match: the planner gets 428 and nothing is written; the unit is removed below
                write("PUT", units + "/kien-giang.bao-ma-tran", unit),
                write("DELETE", units + "/kien-giang.bao-ma-tran", null),
                get("/api/notifications/templates/overdue/preview")),
                List.of(Caller.valid(LEAD_COORDINATOR, PLATFORM.token("ho-chi-minh-city"), "ho-chi-minh-city",
                                "coordinator", "planner"),
                        Caller.valid(OWN_PLANNER, kienGiang, "kien-giang", "planner"),
                        Caller.valid(OWN_VIEWER, PLATFORM.token("kien-giang-viewer"), "kien-giang", "viewer"),
                        Caller.valid(OTHER_PLANNER, PLATFORM.token("lao-cai"), "lao-cai", "planner"),
                        Caller.valid(OTHER_COORDINATOR, PLATFORM.token("ha-giang"), "ha-giang", "coordinator"),
                        Caller.valid(PLATFORM_ADMIN, PLATFORM.token("platform-admin"), "platform", "platform-admin"),
                        Caller.invalid("no token", null),
                        Caller.invalid("forged signature", forged(kienGiang)),
                        Caller.invalid("token signed by another key", TestTokens.signedByAnotherKey("kien-giang", "planner"))));

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
