package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * Before publishing, the lead reads what its members will be told: the changes from the latest
 * version to the draft, in the sentences the alerts use, the same ones the version then carries.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class DraftChangesIT {

    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void thePreviewOfADraftIsWhatPublishingItTellsTheMembers() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        ApiClient.Response read = api().get(PLAN, HCMC);
        int before = read.json().get("latestVersion").get("number").asInt();
        String place = "Tỉnh Vĩnh Long, bản xem trước " + before;
        JsonNode activity = activity(read.json(), "2.3");
        String was = activity.get("location").asString();
        ((ObjectNode) activity).put("location", place);
        assertThat(api().put(PLAN + "/draft/activities/2.3", HCMC, activity.toString(), "If-Match", read.header("ETag"))
                .status()).isEqualTo(200);

        JsonNode preview = api().get(PLAN + "/draft/changes", HCMC).json();

        assertThat(preview.get("latestVersion").asInt()).isEqualTo(before);
        assertThat(sentences(preview)).contains("Hoạt động 2.3: địa điểm đổi từ " + was + " sang " + place);
        assertThat(preview.get("changes").valueStream().filter(c -> c.get("activityCode").asString().equals("2.3")))
                .singleElement().satisfies(c -> assertThat(c.get("kind").asString()).isEqualTo("CHANGED"));
        ApiClient.Response published = api().post(PLAN + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(14) + "\",\"summary\":\"Đổi địa điểm 2.3\"}");
        assertThat(published.status()).isEqualTo(201);
        int after = published.json().get("number").asInt();
        assertThat(sentences(api().get(PLAN + "/changes?from=" + before + "&to=" + after, HCMC).json()))
                .isEqualTo(sentences(preview));
        JsonNode nothing = api().get(PLAN + "/draft/changes", HCMC).json();
        assertThat(nothing.get("latestVersion").asInt()).isEqualTo(after);
        assertThat(nothing.get("changes").isEmpty()).as("nothing left to publish").isTrue();
        assertThat(nothing.get("summary").isEmpty()).isTrue();
    }

    @Test
    void aPublicationReviewedOnAnOlderDraftIsRefusedAndPublishesNothing() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        ApiClient.Response reviewed = api().get(PLAN, HCMC);
        int before = reviewed.json().get("latestVersion").get("number").asInt();
        JsonNode activity = activity(reviewed.json(), "1.1");
        ((ObjectNode) activity).put("theme", "Du lịch xanh, sửa lần " + before);
        // someone else edits the draft after the lead read the preview
        assertThat(api().put(PLAN + "/draft/activities/1.1", HCMC, activity.toString(), "If-Match", reviewed.header("ETag"))
                .status()).isEqualTo(200);
        String body = "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(14) + "\",\"summary\":\"Đã xem trước\"}";

        ApiClient.Response stale = api().post(PLAN + "/versions", HCMC, body, "If-Match", reviewed.header("ETag"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("field").asString()).isEqualTo("If-Match");
        assertThat(api().get(PLAN, HCMC).json().get("latestVersion").get("number").asInt()).isEqualTo(before);
        ApiClient.Response current = api().post(PLAN + "/versions", HCMC, body, "If-Match", api().get(PLAN, HCMC).header("ETag"));
        assertThat(current.status()).isEqualTo(201);
        assertThat(current.json().get("number").asInt()).isEqualTo(before + 1);
    }

    @Test
    void onlyTheLeadsCoordinatorReadsThePreview() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);

        assertThat(api().get(PLAN + "/draft/changes", TestTokens.token("kien-giang", "planner")).status()).isEqualTo(403);
        assertThat(api().get(PLAN + "/draft/changes", TestTokens.token("ho-chi-minh-city", "viewer")).status())
                .isEqualTo(403);
        ApiClient.Response unknown = api().get("/api/master-plans/no-such-plan/draft/changes", HCMC);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode activity(JsonNode plan, String code) {
        return plan.get("draft").get("sections").valueStream().flatMap(s -> s.get("activities").valueStream())
                .filter(a -> a.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> sentences(JsonNode changes) {
        return changes.get("summary").valueStream().map(JsonNode::asString).toList();
    }
}
