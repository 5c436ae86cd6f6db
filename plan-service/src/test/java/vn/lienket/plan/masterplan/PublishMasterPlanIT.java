package vn.lienket.plan.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.CloudEventHeaders;
import vn.lienket.contracts.EventJson;
import vn.lienket.contracts.FieldChange;
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

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    /** The draft as the API returns it, with one activity's location changed. */
    String draftWith(String code, String location) {
        JsonNode plan = api().get(PLAN, HCMC).json();
        List<Map<String, Object>> sections = new java.util.ArrayList<>();
        for (JsonNode section : plan.get("draft").get("sections")) {
            List<Map<String, Object>> activities = new java.util.ArrayList<>();
            for (JsonNode a : section.get("activities")) {
                Map<String, Object> activity = new java.util.LinkedHashMap<>();
                a.properties().forEach(e -> activity.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
                if (code.equals(activity.get("code"))) {
                    activity.put("location", location);
                }
                activities.add(activity);
            }
            sections.add(Map.of("code", section.get("code").asString(), "title", section.get("title").asString(),
                    "activities", activities));
        }
        return ApiClient.json(Map.of("sections", sections));
    }

    int latestVersion() {
        return api().get(PLAN, HCMC).json().get("latestVersion").get("number").asInt();
    }

    @Test
    void publishingAnEditedDraftPutsTheVersionAndItsChangesOnKafka() {
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(PLAN, HCMC).status() == 200);
        int before = latestVersion();
        String place = "Tỉnh Vĩnh Long " + before;
        assertThat(api().put(PLAN + "/draft", HCMC, draftWith("2.3", place)).status()).isEqualTo(200);

        ApiClient.Response published = api().post(PLAN + "/versions", HCMC,
                "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(21) + "\",\"summary\":\"Chuyển 2.3\"}");

        assertThat(published.status()).isEqualTo(201);
        int version = published.json().get("number").asInt();
        assertThat(version).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Optional<ConsumerRecord<String, String>> record = TestEvents.readAll(bootstrap, Topics.MASTER_PLANS).stream()
                    .filter(r -> EventJson.read(r.value(), MasterPlanVersionPublished.class).version() == version)
                    .findFirst();
            assertThat(record).isPresent();
            assertThat(record.get().key()).isEqualTo("350-kh-ubnd-2024");
            assertThat(IncomingEvents.header(record.get(), CloudEventHeaders.TYPE)).isEqualTo(MasterPlanVersionPublished.TYPE);
            assertThat(IncomingEvents.header(record.get(), CloudEventHeaders.SOURCE)).isEqualTo("/plan-service");
            assertThat(IncomingEvents.header(record.get(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            MasterPlanVersionPublished event = EventJson.read(record.get().value(), MasterPlanVersionPublished.class);
            assertThat(event.members()).hasSize(13);
            assertThat(event.changes()).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly(
                    new FieldChange("location", before == 1 ? "Tỉnh Tiền Giang" : "Tỉnh Vĩnh Long " + (before - 1), place)));
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
                "{\"sections\":[{\"code\":\"1\",\"title\":\"A\",\"activities\":[{\"code\":\"1.1\",\"title\":\" \"}]}]}");
        ApiClient.Response misnumbered = api().put(PLAN + "/draft", HCMC,
                "{\"sections\":[{\"code\":\"1\",\"title\":\"A\",\"activities\":[{\"code\":\"7.1\",\"title\":\"B\"}]}]}");
        ApiClient.Response unknownField = api().put(PLAN + "/draft", HCMC, "{\"sections\":[],\"$where\":\"1\"}");

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
    void onlyTheLeadAuthoritysCoordinatorMayPublish() {
        String body = "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(7) + "\"}";

        assertThat(api().post(PLAN + "/versions", TestTokens.token("kien-giang", "planner"), body).status()).isEqualTo(403);
        assertThat(api().post(PLAN + "/versions", TestTokens.token("kien-giang", "coordinator"), body).status()).isEqualTo(403);
        assertThat(api().post(PLAN + "/versions", null, body).status()).isEqualTo(401);
        assertThat(api().get(PLAN, TestTokens.token("kien-giang", "planner")).status()).isEqualTo(200);
        assertThat(api().get(PLAN, TestTokens.token("ha-giang", "planner")).status()).isEqualTo(403);
    }
}
