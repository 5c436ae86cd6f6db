package vn.lienket.notification.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * Each authority keeps its own units through the API, with validated contacts; the seed holds the
 * units Kiên Giang's plan names; and every template renders for a sample event.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class UnitDirectoryApiIT {

    static final String UNITS = "/api/notifications/authorities/%s/units";
    static final String KIEN_GIANG = TestTokens.token("kien-giang", "planner");

    @LocalServerPort
    int port;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    static String unit(String name, String email, String mobile, String channels) {
        return "{\"name\":\"" + name + "\",\"kind\":\"NEWSPAPER\",\"email\":" + email + ",\"mobile\":" + mobile
                + ",\"channels\":" + channels + ",\"smsWithoutDiacritics\":true,\"quietHours\":{\"start\":\"21:30\",\"end\":\"06:30\"}}";
    }

    @Test
    void kienGiangsDirectoryHoldsTheTenUnitsItsPlanNames() {
        JsonNode units = api().get(UNITS.formatted("kien-giang"), KIEN_GIANG).json();

        assertThat(units.valueStream().map(u -> u.get("name").asString())).contains("Sở Du lịch tỉnh Kiên Giang",
                "Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang", "Hội Đầu tư phát triển du lịch Phú Quốc",
                "Hội Hướng dẫn viên Du lịch chuyên nghiệp thành phố Phú Quốc",
                "Trung tâm Xúc tiến Thương mại và Du lịch Hà Tiên", "Sở Khoa học và Công nghệ", "Sở Kế hoạch và Đầu tư",
                "Sở Tài chính");
        assertThat(units).hasSize(11); // the tourism unit and the ten the plan names
        assertThat(units.valueStream().filter(u -> u.get("kind").asString().equals("TOURISM_UNIT"))).hasSize(1);
    }

    @Test
    void aProvinceAddsChangesAndRemovesItsOwnUnit() {
        ApiClient.Response added = api().post(UNITS.formatted("soc-trang"), TestTokens.token("soc-trang", "planner"),
                unit("Báo Sóc Trăng", "\"toasoan@baosoctrang.example\"", "\"+84912345678\"", "[\"EMAIL\",\"SMS\"]"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).isEqualTo("/api/notifications/authorities/soc-trang/units/soc-trang.bao-soc-trang");
        assertThat(added.json().get("quietHours").get("start").asString()).isEqualTo("21:30:00");
        String path = UNITS.formatted("soc-trang") + "/soc-trang.bao-soc-trang";
        String planner = TestTokens.token("soc-trang", "planner");
        assertThat(api().post(UNITS.formatted("soc-trang"), planner,
                unit("Báo Sóc Trăng", "\"a@b.example\"", "null", "[\"EMAIL\"]")).status()).as("same key").isEqualTo(409);

        assertThat(added.header("ETag")).isEqualTo("\"1\"");
        ApiClient.Response changed = api().put(path, planner,
                unit("Báo Sóc Trăng", "\"bandoc@baosoctrang.example\"", "null", "[\"EMAIL\"]"), "If-Match", added.header("ETag"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        ApiClient.Response read = api().get(path, TestTokens.token("soc-trang", "viewer"));
        assertThat(read.json().get("email").asString()).isEqualTo("bandoc@baosoctrang.example");
        assertThat(read.header("ETag")).isEqualTo(changed.header("ETag"));

        assertThat(api().delete(path, planner, "If-Match", read.header("ETag")).status()).isEqualTo(204);
        assertThat(api().get(path, planner).status()).isEqualTo(404);

        ApiClient.Response minimal = api().post(UNITS.formatted("soc-trang"), planner,
                "{\"name\":\"Đài Phát thanh và Truyền hình Sóc Trăng\",\"kind\":\"BROADCASTER\","
                        + "\"email\":\"dai@soctrang.example\",\"channels\":[\"EMAIL\"]}");
        assertThat(minimal.status()).as(minimal.body()).isEqualTo(201);
        assertThat(minimal.json().get("id").asString()).isEqualTo("soc-trang.dai-phat-thanh-va-truyen-hinh-soc-trang");
        assertThat(minimal.json().get("smsWithoutDiacritics").asBoolean()).isFalse();
    }

    @Test
    void nobodyReadsOrChangesAnotherAuthoritysUnitsAndAViewerOnlyReads() {
        String body = unit("Báo Cà Mau", "\"a@camau.example\"", "null", "[\"EMAIL\"]");

        assertThat(api().get(UNITS.formatted("ca-mau"), KIEN_GIANG).status()).isEqualTo(403);
        assertThat(api().post(UNITS.formatted("ca-mau"), KIEN_GIANG, body).status()).isEqualTo(403);
        assertThat(api().get(UNITS.formatted("ca-mau"), TestTokens.token("ho-chi-minh-city", "coordinator")).status())
                .as("not even the lead authority").isEqualTo(403);
        assertThat(api().post(UNITS.formatted("ca-mau"), TestTokens.token("ca-mau", "viewer"), body).status()).isEqualTo(403);
        assertThat(api().get(UNITS.formatted("ca-mau"), TestTokens.token("ca-mau", "viewer")).json()).isNotEmpty();
        assertThat(api().put(UNITS.formatted("ca-mau") + "/kien-giang.so-du-lich", TestTokens.token("ca-mau", "planner"), body,
                "If-Match", "\"1\"").status()).as("a unit id of another authority under one's own path").isEqualTo(404);
        assertThat(api().put(UNITS.formatted("ca-mau") + "/ca-mau.so-du-lich", TestTokens.token("ca-mau", "viewer"), body)
                .status()).as("who may comes before which version").isEqualTo(403);
    }

    @Test
    void badContactsAre400NamingTheFieldAndChangeNothing() {
        String path = UNITS.formatted("bac-lieu");
        String planner = TestTokens.token("bac-lieu", "planner");
        int before = api().get(path, planner).json().size();

        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "\"not an address\"", "null", "[\"EMAIL\"]")), "email");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "null", "\"0912345678\"", "[\"SMS\"]")), "mobile");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "null", "\"+840912345678\"", "[\"SMS\"]")), "mobile");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "null", "\"+84912345678\"", "[\"EMAIL\"]")), "email");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "\"a@b.example\"", "null", "[]")), "channels");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "\"a@b.example\"", "null", "[\"FAX\"]")), "channels");
        assertRejected(api().post(path, planner, unit("", "\"a@b.example\"", "null", "[\"EMAIL\"]")), "name");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "\"a@b.example\"", "null", "[\"EMAIL\"]")
                .replace("06:30", "21:30")), "quietHours");
        assertRejected(api().post(path, planner, unit("Báo Bạc Liêu", "\"a@b.example\"", "null", "[\"EMAIL\"]")
                .replace("\"NEWSPAPER\"", "\"TOURISM_UNIT\"")), null);

        assertThat(api().get(path, planner).json()).hasSize(before);
    }

    @Test
    void theTourismUnitCanBeChangedButNotRemoved() {
        String path = UNITS.formatted("hau-giang") + "/hau-giang.so-du-lich";
        String planner = TestTokens.token("hau-giang", "planner");
        String etag = api().get(path, planner).header("ETag");

        assertThat(api().delete(path, planner, "If-Match", etag).status()).isEqualTo(409);
        assertThat(api().get(path, planner).status()).isEqualTo(200);
    }

    @Test
    void aStaleEditOfAUnitIs412AndAnEditWithoutIfMatchIs428AndNeitherOverwritesTheNewerOne() {
        String path = UNITS.formatted("vinh-long") + "/vinh-long.hiep-hoi-du-lich";
        String planner = TestTokens.token("vinh-long", "planner");
        ApiClient.Response read = api().get(path, planner);
        String etag = read.header("ETag");
        String first = unit("Hiệp hội Du lịch Tỉnh Vĩnh Long", "\"first@vinhlong.example\"", "null", "[\"EMAIL\"]");
        String second = first.replace("first@", "second@");

        assertThat(api().put(path, planner, first, "If-Match", etag).status()).as("the first edit").isEqualTo(200);
        ApiClient.Response stale = api().put(path, planner, second, "If-Match", etag);
        ApiClient.Response blind = api().put(path, planner, second);
        ApiClient.Response staleDelete = api().delete(path, planner, "If-Match", etag);
        ApiClient.Response blindDelete = api().delete(path, planner);

        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(blind.status()).as(blind.body()).isEqualTo(428);
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(blindDelete.status()).isEqualTo(428);
        for (ApiClient.Response refused : java.util.List.of(stale, blind, staleDelete, blindDelete)) {
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asString()).isEqualTo("If-Match");
        }
        assertThat(api().get(path, planner).json().get("email").asString()).isEqualTo("first@vinhlong.example");
    }

    @Test
    void theUnitListIsPagedByTheLinkHeaderAndEveryUnitComesOnce() {
        String planner = TestTokens.token("kien-giang", "planner");
        java.util.List<String> ids = new java.util.ArrayList<>();
        String next = UNITS.formatted("kien-giang") + "?limit=4";
        int pages = 0;
        while (next != null) {
            ApiClient.Response page = api().get(next, planner);
            assertThat(page.json().size()).isLessThanOrEqualTo(4);
            page.json().valueStream().forEach(u -> ids.add(u.get("id").asString()));
            next = nextLink(page);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(11).doesNotHaveDuplicates().isSorted();
        assertThat(api().get(UNITS.formatted("kien-giang") + "?limit=201", planner).status()).isEqualTo(400);
    }

    /** The path of the Link header's next page, or null on the last page. */
    static String nextLink(ApiClient.Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return uri.substring(uri.indexOf("/api/"));
    }

    @Test
    void everyTemplateRendersForASampleEventWithinTheSegmentBudget() {
        String token = TestTokens.token("kien-giang", "viewer");
        JsonNode names = api().get("/api/notifications/templates", token).json();

        assertThat(names.valueStream().map(JsonNode::asString)).containsExactly("plan-received", "revision-required", "reminder", "overdue",
                "revised", "progress-missing", "plan-taken-over", "digest");
        for (JsonNode name : names) {
            JsonNode preview = api().get("/api/notifications/templates/" + name.asString() + "/preview", token).json();
            assertThat(preview.get("subject").asString()).startsWith("[Liên Kết]").doesNotContain("{");
            assertThat(preview.get("text").asString()).contains(name.asString().equals("plan-taken-over")
                    ? "Kính gửi Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang" // the successor's, which took Kiên Giang's plan over
                    : "Kính gửi Sở Du lịch tỉnh Kiên Giang").doesNotContain("{");
            assertThat(preview.get("html").asString()).startsWith("<!DOCTYPE html>").doesNotContain("{");
            assertThat(preview.get("sms").get("encoding").asString()).isEqualTo("UCS2");
            assertThat(preview.get("smsWithoutDiacritics").get("encoding").asString()).isEqualTo("GSM7");
            assertThat(preview.get("sms").get("segments").asInt()).isLessThanOrEqualTo(preview.get("smsSegmentBudget").asInt());
            // each links to the page it is about: the email in full, the SMS by a short link that resolves to it
            String page = switch (name.asString()) {
                case "revised" -> "/plans/350-kh-ubnd-2024/board";
                case "plan-taken-over" -> "/provinces/an-giang/plans/350-kh-ubnd-2024";
                case "digest" -> "/";
                default -> "/provinces/kien-giang/plans/350-kh-ubnd-2024";
            };
            assertThat(preview.get("text").asString()).contains(": http://127.0.0.1:8090" + page + "\n");
            assertThat(preview.get("html").asString()).contains("<a href=\"http://127.0.0.1:8090" + page + "\">");
            String sms = preview.get("sms").get("text").asString();
            assertThat(sms).matches("(?s).* http://127\\.0\\.0\\.1:8090/l/[0-9A-Za-z]{7}");
            assertThat(preview.get("smsWithoutDiacritics").get("text").asString()).endsWith(sms.substring(sms.lastIndexOf(' ')));
            if (!name.asString().equals("digest")) {
                assertThat(api().get("/api/notifications/links/" + sms.substring(sms.lastIndexOf('/') + 1), token).json()
                        .get("path").asString()).isEqualTo(page);
            }
            if (!List.of("digest", "revised", "plan-taken-over").contains(name.asString())) { // these name units or provinces: longer
                // the words and the link: one GSM-7 segment without diacritics, two UCS-2 ones with them
                assertThat(preview.get("smsWithoutDiacritics").get("segments").asInt()).as(name.asString()).isEqualTo(1);
            }
        }
        JsonNode required = api().get("/api/notifications/templates/revision-required/preview", token).json();
        assertThat(required.get("text").asString()).contains("Hoạt động 2.3: địa điểm đổi từ Tỉnh Tiền Giang sang Tỉnh Vĩnh Long");
        ApiClient.Response html = api().get("/api/notifications/templates/overdue/preview.html", token);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(api().get("/api/notifications/templates/nothing/preview", token).status()).isEqualTo(404);
    }

    private static void assertRejected(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isIn(400, 409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("field").asString()).startsWith(field);
        }
    }
}
