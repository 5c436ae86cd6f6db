package vn.lienket.province.derivedplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.lienket.contracts.Topics;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestEvents;
import vn.lienket.support.testing.TestTokens;

/** A province's writes name the plan they were made on; its progress keeps every report; its trail pages newest first. */
@ServiceTest
class DerivedPlanWritesIT {

    static final String KIEN_GIANG = TestTokens.token("kien-giang", "planner");
    static final String FIELDS = "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[\"Báo Kiên Giang\"],"
            + "\"justification\":\"Tỉnh tự tổ chức\"}";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Tenants tenants;

    @Autowired
    DerivedPlans derivedPlans;

    /** The members are tenants because their programme was announced, as plan-service's seed announces it. */
    @BeforeEach
    void theMekongProgrammeIsAnnounced() {
        ProgrammeEvents.mekongCreated(kafka, tenants);
    }

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    String derivedPlan() {
        String planId = "writes-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.send(kafka, Topics.MASTER_PLANS, MasterVersions.plan350v1(planId));
        String plan = "/api/provinces/kien-giang/derived-plans/" + planId;
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get(plan, KIEN_GIANG).status() == 200);
        return plan;
    }

    record Write(String method, String path, String body) {
    }

    ApiClient.Response send(Write write, String... headers) {
        return write.method().equals("PUT") ? api().put(write.path(), KIEN_GIANG, write.body(), headers)
                : api().post(write.path(), KIEN_GIANG, write.body(), headers);
    }

    @Test
    void everyWriteWithoutIfMatchIs428AndWithAStaleOneIs412AndNothingChanges() {
        String plan = derivedPlan();
        ApiClient.Response read = api().get(plan, KIEN_GIANG);
        String stale = read.header("ETag");
        assertThat(stale).isNotBlank();
        String current = api().put(plan + "/activities/1.1", KIEN_GIANG, FIELDS, "If-Match", stale).header("ETag");
        assertThat(current).isNotEqualTo(stale);
        String before = api().get(plan, KIEN_GIANG).body();
        assertThat(api().get(plan, KIEN_GIANG).header("ETag")).isEqualTo(current);

        List<Write> writes = List.of(
                new Write("PUT", plan + "/activities/2.3", FIELDS),
                new Write("POST", plan + "/activities", "{\"code\":\"9.1\",\"title\":\"Hoạt động riêng\",\"fields\":" + FIELDS + "}"),
                new Write("POST", plan + "/activities/5.1/progress", "{\"status\":\"IN_PROGRESS\"}"),
                new Write("POST", plan + "/versions", "{\"resolutions\":[]}"));
        for (Write write : writes) {
            ApiClient.Response without = send(write);
            assertThat(without.status()).as(write.toString()).isEqualTo(428);
            assertThat(without.contentType()).startsWith("application/problem+json");
            assertThat(without.json().get("field").asString()).isEqualTo("If-Match");

            ApiClient.Response old = send(write, "If-Match", stale);
            assertThat(old.status()).as(write.toString()).isEqualTo(412);
            assertThat(old.contentType()).startsWith("application/problem+json");
            assertThat(old.json().get("field").asString()).isEqualTo("If-Match");
        }
        assertThat(api().get(plan, KIEN_GIANG).body()).as("nothing changed").isEqualTo(before);

        ApiClient.Response published = send(writes.get(3), "If-Match", current);
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.header("ETag")).isEqualTo(api().get(plan, KIEN_GIANG).header("ETag"));
    }

    @Test
    void anActivityKeepsEveryProgressReportAndTheLatestIsItsCurrentOne() {
        String plan = derivedPlan();
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        etag = api().post(plan + "/activities/5.1/progress", KIEN_GIANG,
                "{\"status\":\"IN_PROGRESS\",\"asOf\":\"2024-10-15\",\"note\":\"Đã phát động cuộc thi\"}", "If-Match", etag)
                .header("ETag");
        assertThat(api().post(plan + "/activities/5.1/progress", KIEN_GIANG,
                "{\"status\":\"DONE\",\"asOf\":\"2024-11-12\",\"note\":\"Đã trao giải\"}", "If-Match", etag).status())
                .isEqualTo(201);

        JsonNode progress = api().get(plan, KIEN_GIANG).json().get("progressByActivity");
        assertThat(progress).singleElement().satisfies(activity -> {
            assertThat(activity.get("activityCode").asString()).isEqualTo("5.1");
            assertThat(activity.get("current").get("status").asString()).isEqualTo("DONE");
            assertThat(activity.get("history").valueStream().map(r -> r.get("status").asString()))
                    .containsExactly("DONE", "IN_PROGRESS");
            assertThat(activity.get("history").get(1).get("asOf").asString()).isEqualTo("2024-10-15");
            assertThat(activity.get("history").get(1).get("reportedBy").asString()).isEqualTo("kien-giang");
            assertThat(activity.get("history").get(1).get("reportedAt").isNull()).isFalse();
        });
    }

    @Test
    void theTrailIsServedNewestFirstAPageAtATime() {
        String plan = derivedPlan();
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        for (String code : List.of("1.1", "1.2", "2.1")) {
            etag = api().put(plan + "/activities/" + code, KIEN_GIANG, FIELDS, "If-Match", etag).header("ETag");
        }

        ApiClient.Response first = api().get(plan + "/audit?limit=2", KIEN_GIANG);
        assertThat(first.json().valueStream().map(e -> e.get("detail").asString())).containsExactly("2.1", "1.2");
        String next = first.header("Link");
        assertThat(next).endsWith("; rel=\"next\"");
        String nextPath = next.substring(next.indexOf("/api/"), next.indexOf('>'));
        ApiClient.Response second = api().get(nextPath, KIEN_GIANG);
        assertThat(second.json().valueStream().map(e -> e.get("action").asString()))
                .containsExactly("activity.edited", "derived-plan.created");
        assertThat(second.header("Link")).isNull();
        assertThat(api().get(plan + "/audit?limit=500", KIEN_GIANG).status()).isEqualTo(400);
    }

    /** Edits an activity and publishes the edit as the next derived version; answers the new ETag. */
    String revise(String plan, String etag, int n) {
        String fields = "{\"leadUnit\":\"Sở Du lịch tỉnh Kiên Giang\",\"coordinatingUnits\":[\"Báo Kiên Giang\"],"
                + "\"notes\":\"lần " + n + "\",\"justification\":\"Tỉnh tự tổ chức\"}";
        ApiClient.Response edited = api().put(plan + "/activities/1.1", KIEN_GIANG, fields, "If-Match", etag);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        ApiClient.Response published = api().post(plan + "/versions", KIEN_GIANG, "{\"resolutions\":[]}", "If-Match",
                edited.header("ETag"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.header("ETag");
    }

    @Test
    void thePlansDocumentHoldsItsLastVersionOnlyAndNoTrailHoweverOldThePlan() {
        String plan = derivedPlan();
        String planId = plan.substring(plan.lastIndexOf('/') + 1);
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        for (int i = 1; i <= 5; i++) {
            etag = revise(plan, etag, i);
        }

        var database = tenants.database("kien-giang");
        org.bson.Document stored = database.getCollection("derived_plans").find(com.mongodb.client.model.Filters.eq("_id", planId)).first();
        assertThat(stored).doesNotContainKey("audit");
        assertThat(stored.getList("history", org.bson.Document.class)).as("the last version only")
                .singleElement().satisfies(v -> assertThat(v.getInteger("number")).isEqualTo(6));
        assertThat(database.getCollection("derived_versions").countDocuments(com.mongodb.client.model.Filters.eq("plan", planId)))
                .isEqualTo(6);
        // the detail lists no versions: they are paged newest first, each read by number, the trail newest first
        JsonNode read = api().get(plan, KIEN_GIANG).json();
        assertThat(read.has("history")).isFalse();
        assertThat(read.get("derivedVersion").asInt()).isEqualTo(6);
        ApiClient.Response first = api().get(plan + "/versions?limit=4", KIEN_GIANG);
        assertThat(first.json().valueStream().map(v -> v.get("number").asInt())).containsExactly(6, 5, 4, 3);
        String next = first.header("Link");
        assertThat(next).endsWith("; rel=\"next\"");
        ApiClient.Response second = api().get(next.substring(next.indexOf('<') + 1, next.indexOf('>')), KIEN_GIANG);
        assertThat(second.json().valueStream().map(v -> v.get("number").asInt())).containsExactly(2, 1);
        assertThat(second.header("Link")).isNull();
        assertThat(api().get(plan + "/versions?cursor=eA", KIEN_GIANG).status()).isEqualTo(400);
        JsonNode versionTwo = api().get(plan + "/versions/2", KIEN_GIANG).json();
        assertThat(versionTwo.get("version").get("number").asInt()).isEqualTo(2);
        assertThat(versionTwo.get("changes").valueStream().map(c -> c.get("activityCode").asString())).isNotEmpty();
        assertThat(api().get(plan + "/versions/7", KIEN_GIANG).status()).isEqualTo(404);
        assertThat(api().get(plan + "/audit?limit=2", KIEN_GIANG).json().valueStream().map(e -> e.get("action").asString()))
                .containsExactly("version.published", "activity.edited");
        assertThat(api().get(plan + "/audit?limit=100", KIEN_GIANG).json()).hasSize(11);
    }

    @Test
    void aPlanStoredWithItsHistoryAndTrailInItsDocumentReadsTheSameAndIsMovedOutByItsNextWrite() {
        String plan = derivedPlan();
        String planId = plan.substring(plan.lastIndexOf('/') + 1);
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        for (int i = 1; i <= 2; i++) {
            etag = revise(plan, etag, i);
        }
        String before = api().get(plan, KIEN_GIANG).body();
        List<String> trail = api().get(plan + "/audit?limit=100", KIEN_GIANG).json().valueStream()
                .map(e -> e.get("action").asString()).toList();
        // the same plan as the service stored it before: every version and the whole trail in its document
        var database = tenants.database("kien-giang");
        var plans = database.getCollection("derived_plans");
        var id = com.mongodb.client.model.Filters.eq("_id", planId);
        List<org.bson.Document> versions = database.getCollection("derived_versions")
                .find(com.mongodb.client.model.Filters.eq("plan", planId)).sort(new org.bson.Document("number", 1))
                .map(d -> { d.remove("_id"); d.remove("plan"); return d; }).into(new java.util.ArrayList<>());
        List<org.bson.Document> entries = database.getCollection("derived_plans_audit")
                .find(com.mongodb.client.model.Filters.eq("aggregate", planId)).sort(new org.bson.Document("seq", 1))
                .map(d -> new org.bson.Document("at", d.getString("at")).append("principal", d.getString("principal"))
                        .append("tenant", d.getString("tenant")).append("action", d.getString("action"))
                        .append("detail", d.getString("detail"))).into(new java.util.ArrayList<>());
        plans.updateOne(id, new org.bson.Document("$set", new org.bson.Document("history", versions).append("audit", entries))
                .append("$unset", new org.bson.Document("auditPending", "").append("auditCount", "").append("auditMoved", "")));
        database.getCollection("derived_versions").deleteMany(com.mongodb.client.model.Filters.eq("plan", planId));
        database.getCollection("derived_plans_audit").deleteMany(com.mongodb.client.model.Filters.eq("aggregate", planId));

        assertThat(api().get(plan, KIEN_GIANG).body()).isEqualTo(before);
        assertThat(api().get(plan + "/versions?limit=2", KIEN_GIANG).json().valueStream().map(v -> v.get("number").asInt()))
                .as("read from the document itself").containsExactly(3, 2);
        assertThat(api().get(plan + "/versions/1", KIEN_GIANG).json().get("version").get("number").asInt()).isEqualTo(1);
        assertThat(api().get(plan + "/audit?limit=100", KIEN_GIANG).json().valueStream().map(e -> e.get("action").asString()))
                .containsExactlyElementsOf(trail);

        revise(plan, etag, 3);

        org.bson.Document stored = plans.find(id).first();
        assertThat(stored).doesNotContainKey("audit");
        assertThat(stored.getList("history", org.bson.Document.class)).hasSize(1);
        assertThat(api().get(plan + "/versions", KIEN_GIANG).json().valueStream().map(v -> v.get("number").asInt()))
                .containsExactly(4, 3, 2, 1);
        List<String> after = api().get(plan + "/audit?limit=100", KIEN_GIANG).json().valueStream()
                .map(e -> e.get("action").asString()).toList();
        assertThat(after).hasSize(trail.size() + 2).endsWith(trail.toArray(String[]::new));
    }

    /** Takes a plan's versions out of their collection into its document, as the service stored a plan before. */
    void storedAsBefore(String planId) {
        var database = tenants.database("kien-giang");
        var versions = database.getCollection(DerivedPlans.VERSIONS);
        List<org.bson.Document> all = versions.find(com.mongodb.client.model.Filters.eq("plan", planId))
                .sort(new org.bson.Document("number", 1))
                .map(d -> { d.remove("_id"); d.remove("plan"); return d; }).into(new java.util.ArrayList<>());
        database.getCollection("derived_plans").updateOne(com.mongodb.client.model.Filters.eq("_id", planId),
                new org.bson.Document("$set", new org.bson.Document("history", all)));
        versions.deleteMany(com.mongodb.client.model.Filters.eq("plan", planId));
    }

    static final vn.lienket.support.audit.AuditEntry AUDIT = new vn.lienket.support.audit.AuditEntry(
            java.time.Instant.parse("2026-11-23T02:00:00Z"), "test", "kien-giang", "test", null);

    @Test
    void theFirstWriteToAPlanStoredWithEveryVersionKeepsThemBeforeItsDocumentDropsThem() {
        String plan = derivedPlan();
        String planId = plan.substring(plan.lastIndexOf('/') + 1);
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        for (int i = 1; i <= 3; i++) {
            etag = revise(plan, etag, i);
        }
        storedAsBefore(planId);
        var versions = tenants.database("kien-giang").getCollection(DerivedPlans.VERSIONS);
        var current = derivedPlans.find("kien-giang", planId).orElseThrow();
        assertThat(current.value().history()).hasSize(4);

        // the document write refused (as one that dies or fails after it would not store them either):
        // the versions it would drop are already kept
        var stale = new vn.lienket.support.store.Versioned<>(current.value(), current.revision() - 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> derivedPlans.update("kien-giang", stale,
                        current.value().ledBy("an-giang"), AUDIT))
                .isInstanceOf(vn.lienket.support.store.ConcurrentUpdateException.class);
        assertThat(versions.countDocuments(com.mongodb.client.model.Filters.eq("plan", planId))).isEqualTo(4);

        // the migration: the document keeps its last version, the plan reads every one
        derivedPlans.update("kien-giang", current, current.value().ledBy("an-giang"), AUDIT);
        assertThat(derivedPlans.find("kien-giang", planId).orElseThrow().value().history()).hasSize(1);
        assertThat(derivedPlans.findWhole("kien-giang", planId).orElseThrow().value().history())
                .extracting(DerivedVersion::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aTakeoverKeepsTheInheritedVersionsBeforeItsDocumentKeepsOnlyTheLast() {
        String plan = derivedPlan();
        String planId = plan.substring(plan.lastIndexOf('/') + 1);
        String etag = api().get(plan, KIEN_GIANG).header("ETag");
        for (int i = 1; i <= 2; i++) {
            etag = revise(plan, etag, i);
        }
        DerivedPlan source = derivedPlans.findWhole("kien-giang", planId).orElseThrow().value();
        assertThat(source.history()).hasSize(3);
        String successor = "an-giang";
        // the successor derived its own plan of the master plan too: the takeover replaces it
        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts(successor)
                && derivedPlans.exists(successor, planId));
        long revision = derivedPlans.find(successor, planId).orElseThrow().revision();
        DerivedPlanChange change = Takeover.of(new Takeover.Succession("test@" + planId, successor,
                        java.time.LocalDate.of(2025, 7, 1), "ho-chi-minh-city"), null,
                List.of(new Takeover.Source("kien-giang", source)), java.time.Instant.now());
        var versions = tenants.database(successor).getCollection(DerivedPlans.VERSIONS);

        // the document write refused (a stale revision): the inherited versions are kept already
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> derivedPlans.storeTakenOver(successor, revision + 99, change,
                        List.of(), AUDIT))
                .isInstanceOf(vn.lienket.support.store.ConcurrentUpdateException.class);
        assertThat(versions.countDocuments(com.mongodb.client.model.Filters.eq("plan", planId))).isEqualTo(3);

        derivedPlans.storeTakenOver(successor, revision, change, List.of(), AUDIT);
        assertThat(derivedPlans.find(successor, planId).orElseThrow().value().history()).hasSize(1);
        assertThat(derivedPlans.findWhole(successor, planId).orElseThrow().value().history())
                .extracting(DerivedVersion::number).containsExactly(1, 2, 3);
    }
}
