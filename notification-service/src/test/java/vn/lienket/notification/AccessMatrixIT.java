package vn.lienket.notification;

import static vn.lienket.support.testing.AccessMatrix.LEAD_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OWN_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.OWN_VIEWER;
import static vn.lienket.support.testing.AccessMatrix.OTHER_COORDINATOR;
import static vn.lienket.support.testing.AccessMatrix.OTHER_PLANNER;
import static vn.lienket.support.testing.AccessMatrix.PLATFORM_ADMIN;
import static vn.lienket.support.testing.AccessMatrix.Route.get;
import static vn.lienket.support.testing.AccessMatrix.Route.write;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.AccessMatrix;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;

/**
 * Every notification-service route against every kind of caller, called directly: the delivery log
 * is the lead authorities', each of them seeing its own programmes; a unit directory is its
 * authority's alone; templates are anyone's to read.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class AccessMatrixIT {

    @LocalServerPort
    int port;

    @Test
    void everyRouteAgainstEveryCaller() {
        String everyone[] = {LEAD_COORDINATOR, OWN_PLANNER, OWN_VIEWER, OTHER_PLANNER, OTHER_COORDINATOR, PLATFORM_ADMIN};
        String units = "/api/notifications/authorities/kien-giang/units";
        String unit = "{\"key\":\"bao-ma-tran\",\"name\":\"Báo Ma Trận\",\"kind\":\"NEWSPAPER\","
                + "\"email\":\"bao@matran.example\",\"channels\":[\"EMAIL\"]}";

        AccessMatrix.check(new ApiClient("http://127.0.0.1:" + port), List.of(
                get("/api/notifications/deliveries", LEAD_COORDINATOR, OTHER_COORDINATOR),
                get("/api/notifications/deliveries?tenant=kien-giang", LEAD_COORDINATOR),
                write("POST", "/api/notifications/deliveries/no-such-delivery/resend", "", LEAD_COORDINATOR,
                        OTHER_COORDINATOR),
                get(units, OWN_PLANNER, OWN_VIEWER),
                get(units + "/kien-giang.so-du-lich", OWN_PLANNER, OWN_VIEWER),
                write("POST", units, unit, OWN_PLANNER),
                write("PUT", units + "/kien-giang.bao-ma-tran", unit, OWN_PLANNER),
                write("DELETE", units + "/kien-giang.bao-ma-tran", null, OWN_PLANNER),
                get("/api/notifications/templates", everyone),
                get("/api/notifications/templates/overdue/preview", everyone),
                get("/api/audit/denied-requests", everyone)),
                AccessMatrix.callers("ho-chi-minh-city", "kien-giang", "soc-trang", "ha-giang"));
    }
}
