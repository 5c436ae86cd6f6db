package vn.lienket.console.deliveries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The log's filters as the page's GET form has them (plan, unit, status), turned into the API's
 * query ({@code GET /api/notifications/deliveries?plan=&unit=&status=&limit=&cursor=}) and into the
 * console's own address for the next page. A filter left blank is left out.
 */
public record DeliveryFilter(String plan, String unit, String status) {

    static final int PAGE = 50;
    public static final List<String> STATUSES = List.of("QUEUED", "SENDING", "SENT", "DELIVERED", "RECEIPT_UNKNOWN",
            "RETRYING", "FAILED", "FAILED_OVER");
    private static final Set<String> KNOWN = Set.copyOf(STATUSES);
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("[a-z0-9-]{1,64}\\.[a-z0-9-]{1,64}");

    public DeliveryFilter {
        plan = blankToNull(plan);
        unit = blankToNull(unit);
        status = blankToNull(status);
        if (status != null && !KNOWN.contains(status)) {
            status = null;
        }
    }

    /** The API's path as a URI template, with its variables in {@link #variables(String)}'s order. */
    public String apiPath(String cursor) {
        StringBuilder path = new StringBuilder("/api/notifications/deliveries?limit=" + PAGE);
        if (plan != null) {
            path.append("&plan={plan}");
        }
        if (unit != null) {
            path.append("&unit={unit}");
        }
        if (status != null) {
            path.append("&status={status}");
        }
        if (blankToNull(cursor) != null) {
            path.append("&cursor={cursor}");
        }
        return path.toString();
    }

    public Object[] variables(String cursor) {
        List<Object> values = new ArrayList<>();
        if (plan != null) {
            values.add(plan);
        }
        if (unit != null) {
            values.add(unit);
        }
        if (status != null) {
            values.add(status);
        }
        if (blankToNull(cursor) != null) {
            values.add(cursor);
        }
        return values.toArray();
    }

    /** The console's address of the log with these filters at {@code cursor} ("Xem thêm"). */
    public String pageHref(String cursor) {
        UriComponentsBuilder href = UriComponentsBuilder.fromPath("/deliveries");
        if (plan != null) {
            href.queryParam("plan", plan);
        }
        if (unit != null) {
            href.queryParam("unit", unit);
        }
        if (status != null) {
            href.queryParam("status", status);
        }
        if (cursor != null) {
            href.queryParam("cursor", cursor);
        }
        return href.encode().build().toUriString();
    }

    /** A unit is named {@code authority.unit} (as the API requires): anything else is said next to the filter. */
    public boolean unitWellFormed() {
        return unit == null || UNIT.matcher(unit).matches();
    }

    public boolean any() {
        return plan != null || unit != null || status != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
