package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.Topics;
import vn.lienket.support.messaging.IncomingEvents;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** HCMC edits the draft of 350/KH-UBND and publishes version 2; the event reaches Kafka from the outbox. */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class PublishMasterPlanIT {

    static final String PLAN = "/api/master-plans/350-kh-ubnd-2024";
    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");

    @LocalServerPort
    int port;

    /** This context's own broker: the bootstrap property is a system property that the last context started overwrites. */
    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** The draft as the API returns it (read-only fields included, as a client would send it back), one location changed. */
    String draftWith(JsonNode plan, String code, String location) {
        JsonNode sections = plan.get("draft").get("sections");
        for (JsonNode section : sections) {
            for (JsonNode activity : section.get("activities")) {
                if (activity.get("code").asString().equals(code)) {
                    ((tools.jackson.databind.node.ObjectNode) activity).put("location", location);
                }
            }
        }
        return "{\"sections\":" + sections + "}";
    }

    String ifMatch() {
        return api().get(PLAN, HCMC).header("ETag");
    }

    int latestVersion() {
        return api().get(PLAN, HCMC).json().get("latestVersion").get("number").asInt();
    }

    @Test
    void publishingAnEditedDraftPutsTheVersionAndItsChangesOnKafka() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        int before = latestVersion();
        String place = "Tỉnh Vĩnh Long " + before;
        ApiClient.Response read = api().get(PLAN, HCMC);
        assertThat(api().put(PLAN + "/draft", HCMC, draftWith(read.json(), "2.3", place), "If-Match", read.header("ETag"))
                .status()).isEqualTo(200);

        ApiClient.Response published = api().post(PLAN + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(21) + "\",\"summary\":\"Chuyển 2.3\"}");

        assertThat(published.status()).isEqualTo(201);
        int version = published.json().get("number").asInt();
        assertThat(version).isEqualTo(before + 1);
        JsonNode changes = api().get(PLAN + "/changes?from=" + before + "&to=" + version, HCMC).json();
        assertThat(changes.get("summary").valueStream().map(JsonNode::asString))
                .anySatisfy(line -> assertThat(line).startsWith("Hoạt động 2.3: địa điểm đổi từ ").endsWith(" sang " + place));
        assertThat(api().get(PLAN + "/changes?from=1&to=99", HCMC).status()).isEqualTo(404);
        JsonNode audit = api().get(PLAN + "/audit", HCMC).json();
        assertThat(audit.valueStream().map(e -> e.get("action").asString() + " by " + e.get("tenant").asString()))
                .contains("plan.created by ho-chi-minh-city", "draft.replaced by ho-chi-minh-city",
                        "version.published by ho-chi-minh-city");
        assertThat(api().get(PLAN + "/audit", TestTokens.token("kien-giang", "planner")).status()).isEqualTo(403);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Optional<ConsumerRecord<String, String>> record = TestEvents.readAll(broker.getBrokersAsString(), Topics.MASTER_PLANS).stream()
                    // the topic also carries the deadline checks' events, which other tests may have caused
                    .filter(r -> MasterPlanVersionPublished.TYPE.equals(IncomingEvents.header(r, CloudEventHeaders.TYPE)))
                    .filter(r -> EventJson.read(r.value(), MasterPlanVersionPublished.class).version() == version)
                    .findFirst();
            assertThat(record).isPresent();
            assertThat(record.get().key()).isEqualTo("350-kh-ubnd-2024");
            assertThat(IncomingEvents.header(record.get(), CloudEventHeaders.TYPE)).isEqualTo(MasterPlanVersionPublished.TYPE);
            assertThat(IncomingEvents.header(record.get(), CloudEventHeaders.SOURCE)).isEqualTo("/plan-service");
            assertThat(IncomingEvents.header(record.get(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            MasterPlanVersionPublished event = EventJson.read(record.get().value(), MasterPlanVersionPublished.class);
            assertThat(event.members()).hasSize(13);
            assertThat(event.changes()).filteredOn(c -> c.activityCode().equals("2.3")).singleElement()
                    .satisfies(c -> assertThat(c.fields()).singleElement().satisfies(f -> assertThat(f.newValue()).isEqualTo(place)));
        });
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        int before = latestVersion();
        String draftBefore = api().get(PLAN, HCMC).json().get("draft").toString();

        ApiClient.Response pastDue = api().post(PLAN + "/versions", HCMC, "{\"revisionDueDate\":\"2020-01-01\"}");
        ApiClient.Response malformed = api().post(PLAN + "/versions", HCMC, "{\"revisionDueDate\":");
        ApiClient.Response noTitle = api().put(PLAN + "/draft", HCMC,
                "{\"sections\":[{\"code\":\"1\",\"title\":\"A\",\"activities\":[{\"code\":\"1.1\",\"title\":\" \"}]}]}", "If-Match", ifMatch());
        ApiClient.Response misnumbered = api().put(PLAN + "/draft", HCMC,
                "{\"sections\":[{\"code\":\"1\",\"title\":\"A\",\"activities\":[{\"code\":\"7.1\",\"title\":\"B\"}]}]}", "If-Match", ifMatch());
        ApiClient.Response unknownField = api().put(PLAN + "/draft", HCMC, "{\"sections\":[],\"$where\":\"1\"}", "If-Match", ifMatch());

        assertThat(List.of(pastDue, malformed, noTitle, misnumbered, unknownField))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                });
        assertThat(pastDue.json().get("field").asString()).isEqualTo("revisionDueDate");
        assertThat(noTitle.json().get("field").asString()).isEqualTo("sections[0].activities[0].title");
        assertThat(misnumbered.json().get("field").asString()).isEqualTo("sections[0].activities[0].code");
        assertThat(latestVersion()).isEqualTo(before);
        assertThat(api().get(PLAN, HCMC).json().get("draft").toString()).isEqualTo(draftBefore);
    }

    @Test
    void draftEditsNeedTheCurrentEtagAndAStaleOneChangesNothing() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        ApiClient.Response read = api().get(PLAN, HCMC);
        String etag = read.header("ETag");
        String famtrip = "{\"code\":\"6.2\",\"title\":\"Famtrip\",\"timeframe\":\"Theo tình hình thực tế\","
                + "\"leadUnit\":\"Trung tâm Xúc tiến Du lịch Thành phố Hồ Chí Minh\",\"coordinatingUnits\":[\"Sở Du lịch\"]}";

        assertThat(api().post(PLAN + "/draft/sections/6/activities", HCMC, famtrip).status()).isEqualTo(428);
        ApiClient.Response added = api().post(PLAN + "/draft/sections/6/activities", HCMC, famtrip, "If-Match", etag);
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.header("ETag")).isNotEqualTo(etag);
        JsonNode famtripShown = added.json().get("draft").get("sections").get(5).get("activities").get(1);
        assertThat(famtripShown.get("timeframeFlagged").asBoolean()).as("kept as written, flagged").isTrue();
        assertThat(famtripShown.get("timeframe").asString()).isEqualTo("Theo tình hình thực tế");
        assertThat(famtripShown.get("leadUnit").asString()).isEqualTo("Trung tâm Xúc tiến Du lịch Thành phố Hồ Chí Minh");
        assertThat(famtripShown.get("coordinatingUnits").get(0).asString()).isEqualTo("Sở Du lịch");

        ApiClient.Response stale = api().delete(PLAN + "/draft/activities/6.2", HCMC, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api().get(PLAN, HCMC).body()).contains("Famtrip");

        assertThat(api().delete(PLAN + "/draft/activities/6.2", HCMC, "If-Match", added.header("ETag")).status())
                .isEqualTo(200);
        JsonNode activity23 = api().get(PLAN, HCMC).json().get("draft").get("sections").get(1).get("activities").get(2);
        assertThat(activity23.get("period").get("from").asString()).isEqualTo("2024-07-01");
        assertThat(activity23.get("period").get("to").asString()).isEqualTo("2024-09-30");
    }

    @Test
    void activitiesAreFoundByTextTypedWithoutDiacritics() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        String kienGiang = TestTokens.token("kien-giang", "planner");

        JsonNode inKienGiang = api().get(PLAN + "/activities?q=kien%20giang", kienGiang).json();
        JsonNode conferences = api().get(PLAN + "/activities?q=HOI%20NGHI", kienGiang).json();

        assertThat(inKienGiang.valueStream().map(a -> a.get("code").asString())).containsExactly("5.1");
        assertThat(conferences.valueStream().map(a -> a.get("code").asString())).containsExactly("1.2", "5.2", "6.1");
        ApiClient.Response tooShort = api().get(PLAN + "/activities?q=x", kienGiang);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyTheLeadAuthoritysCoordinatorMayPublish() {
        String body = "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(7) + "\"}";

        assertThat(api().post(PLAN + "/versions", TestTokens.token("kien-giang", "planner"), body).status()).isEqualTo(403);
        assertThat(api().post(PLAN + "/versions", TestTokens.token("kien-giang", "coordinator"), body).status()).isEqualTo(403);
        assertThat(api().post(PLAN + "/versions", null, body).status()).isEqualTo(401);
        assertThat(api().get(PLAN, TestTokens.token("kien-giang", "planner")).status()).isEqualTo(200);
        assertThat(api().get(PLAN, TestTokens.token("ha-giang", "planner")).status()).isEqualTo(403);
    }
}
