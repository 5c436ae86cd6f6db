package vn.lienket.access;

import static vn.lienket.access.Audience.ANY_CALLER;
import static vn.lienket.access.Audience.LEAD_COORDINATOR;
import static vn.lienket.access.Audience.OWN_AUTHORITY;
import static vn.lienket.access.Audience.OWN_EDITORS;
import static vn.lienket.access.Audience.PARTIES;
import static vn.lienket.access.Audience.PLATFORM_ADMIN;
import static vn.lienket.access.Route.delete;
import static vn.lienket.access.Route.get;
import static vn.lienket.access.Route.post;
import static vn.lienket.access.Route.put;

import java.util.List;

/**
 * notification-service: a delivery belongs to its event's programme and to the authority of its
 * unit. The programme's lead sees and resends it, that authority sees it. A filter of the log by
 * authority or programme is a resource too: the lead of a programme of that authority, or the
 * authority itself, or a member of that programme. Each authority's unit directory is its own,
 * including the units a succession moved into it for review. Templates and the short links of SMS
 * alerts (a console path each) are anyone's to read.
 */
public final class NotificationServiceAccess {

    private static final String UNITS = "/api/notifications/authorities/{authority}/units";

    public static final Policy POLICY = new Policy("notification-service", List.of(
            // the whole log without a filter: each sees its own rows (its units', its programmes')
            get("/api/notifications/deliveries", PARTIES),
            get("/api/notifications/deliveries/{id}", PARTIES),
            post("/api/notifications/deliveries/{id}/resend", LEAD_COORDINATOR),
            get("/api/notifications/receipts/unmatched", PLATFORM_ADMIN),
            get("/api/notifications/templates", ANY_CALLER),
            get("/api/notifications/templates/{name}/preview", ANY_CALLER),
            get("/api/notifications/templates/{name}/preview.html", ANY_CALLER),
            // a short link from an SMS alert: the console resolves it for whoever opens it
            get("/api/notifications/links/{code}", ANY_CALLER),
            get(UNITS, OWN_AUTHORITY),
            get(UNITS + "/{unitId}", OWN_AUTHORITY),
            post(UNITS, OWN_EDITORS),
            put(UNITS + "/{unitId}", OWN_EDITORS),
            // a unit moved in from a merged predecessor, reviewed by the successor's people
            post(UNITS + "/{unitId}/review", OWN_EDITORS),
            delete(UNITS + "/{unitId}", OWN_EDITORS)))
            .with(CommonRoutes.ROUTES);

    private NotificationServiceAccess() {
    }
}
