package vn.lienket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.support.testing.ApiClient;

/**
 * Plans as documents through the gateway of the running stack, as a department's browser sends
 * them: Kiên Giang uploads its real 2024 plan against plan 350 and every activity is traced to its
 * master activity; HCMC downloads version 1 of 350 as the PDF its chair signs; a file far over the
 * limit is refused with a problem naming it. Nothing here applies a preview, so the other classes
 * find the plans as they left them.
 */
@ExtendWith(RunningPlatform.class)
@Order(2)
class PlanDocumentsIT {

    static final LocalPlatform PLATFORM = RunningPlatform.PLATFORM;
    static final String KIEN_GIANG_PLAN = "fixtures/documents/kien-giang-2024-implementation-plan.txt";
    static ApiClient api = PLATFORM.api();

    @Test
    void kienGiangsOwnPlanReadsAsItsDerivedPlanOf350WithEveryActivityTracedToItsMasterActivity() throws IOException {
        ApiClient.Response preview = api.upload("/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024/imports",
                PLATFORM.token("kien-giang"), "KH trien khai 350 tai Kien Giang.txt", resource(KIEN_GIANG_PLAN));

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(preview.header("Location")).contains("/imports/" + preview.json().get("id").asString());
        JsonNode activities = preview.json().get("activities");
        assertThat(activities).hasSize(13);
        activities.forEach(activity -> {
            assertThat(activity.get("match").get("by").asString()).isEqualTo("CODE");
            assertThat(activity.get("match").get("masterCode").asString()).isEqualTo(activity.get("documentCode").asString());
        });
        assertThat(preview.json().get("unmatchedMaster")).isEmpty();
        assertThat(preview.json().get("status").asString()).isEqualTo("PREVIEW");
    }

    @Test
    void hcmcDownloadsAVersionAsThePdfItsChairSigns() {
        ApiClient.Download pdf = api.download("/api/master-plans/350-kh-ubnd-2024/versions/1/document?format=pdf",
                PLATFORM.token("ho-chi-minh-city"));

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"350-KH-UBND-v1.pdf\"");
    }

    @Test
    void aFileFarOverTheLimitIsRefusedNamingIt() {
        ApiClient.Response refused = api.upload("/api/programmes/hcmc-mekong-tourism/plan-imports",
                PLATFORM.token("ho-chi-minh-city"), "scan.pdf", new byte[22 * 1024 * 1024]);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:lienket:problem:document-too-large");
        assertThat(refused.json().get("field").asString()).isEqualTo("file");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PlanDocumentsIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
