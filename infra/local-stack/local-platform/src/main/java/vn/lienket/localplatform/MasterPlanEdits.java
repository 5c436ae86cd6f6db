package vn.lienket.localplatform;

import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.support.testing.ApiClient;

/** A lead's everyday change, for the suites and benchmarks that publish many versions: move an activity and publish. */
public final class MasterPlanEdits {

    public static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";

    private MasterPlanEdits() {
    }

    /**
     * Sets activity 2.3's location in the draft (with the draft's ETag) and publishes it, due in 30
     * days with the location as the summary. Returns the publish response for the caller to check.
     */
    public static ApiClient.Response moveActivity23AndPublish(ApiClient api, String token, String location) {
        return moveAndPublish(api, token, PLAN, "2.3", location);
    }

    /**
     * Sets one activity's location in the draft of the plan at {@code plan} (with the draft's ETag)
     * and publishes it, due in 30 days with the location as the summary.
     */
    public static ApiClient.Response moveAndPublish(ApiClient api, String token, String plan, String activity,
                                                    String location) {
        ApiClient.Response read = api.get(plan, token);
        if (read.status() != 200) {
            throw new AssertionError("reading the plan: " + read.status() + " " + read.body());
        }
        JsonNode sections = read.json().get("draft").get("sections");
        sections.forEach(section -> section.get("activities").forEach(node -> {
            if (activity.equals(node.get("code").asString())) {
                ((ObjectNode) node).put("location", location);
            }
        }));
        ApiClient.Response edited = api.put(plan + "/draft", token, "{\"sections\":" + sections + "}",
                "If-Match", read.header("ETag"));
        if (edited.status() != 200) {
            throw new AssertionError("editing the draft: " + edited.status() + " " + edited.body());
        }
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
        return api.post(plan + "/versions", token, "{\"revisionDueDate\":\"" + due + "\",\"summary\":\"" + location + "\"}");
    }
}
