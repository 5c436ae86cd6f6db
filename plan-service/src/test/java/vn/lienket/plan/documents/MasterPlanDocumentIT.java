package vn.lienket.plan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * Plan 350 exported as the PDF and the Word file an official signs; every seeded plan exported and
 * imported again gives back its sections and activities; the annex of a revision says what changed
 * in the sentences the alerts use.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class MasterPlanDocumentIT {

    static final String HCMC = TestTokens.token("ho-chi-minh-city", "coordinator");
    static final String PLAN_350 = "/api/master-plans/350-kh-ubnd-2024";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void seeded() {
        api = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(PLAN_350, HCMC).status() == 200);
    }

    @Test
    void version1Of350IsAPdfAndAWordFileWithItsHeaderAndActivities() {
        ProgrammeFixture fixture = ProgrammeFixture.hcmcMekong2024();
        ApiClient.Download pdf = api.download(PLAN_350 + "/versions/1/document?format=pdf", HCMC);
        assertThat(pdf.status()).as(new String(pdf.body())).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"350-KH-UBND-v1.pdf\"; filename*=UTF-8''350-KH-UBND-v1.pdf");
        ApiClient.Download byDefault = api.download(PLAN_350 + "/versions/1/document", HCMC);
        assertThat(byDefault.contentType()).startsWith("application/pdf");
        ApiClient.Download docx = api.download(PLAN_350 + "/versions/1/document?format=DOCX", HCMC);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.header("Content-Disposition")).contains("filename=\"350-KH-UBND-v1.docx\"");

        for (String text : List.of(pdfText(pdf.body()), docxText(docx.body()))) {
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Số: 350/KH-UBND", "Thành phố Hồ Chí Minh, ngày 19 tháng 01 năm 2024", "KẾ HOẠCH",
                    flat(fixture.masterPlan().title()), "Nơi nhận", "UBND tỉnh Kiên Giang", "UBND thành phố Cần Thơ",
                    "Lưu: VT", "PHÓ CHỦ TỊCH", flat(fixture.masterPlan().funding()));
            fixture.masterPlan().sections().forEach(s -> {
                assertThat(text).contains(flat(s.title()));
                s.activities().forEach(a -> assertThat(text).contains(flat(a.title()), flat(a.timeframe())));
            });
        }
    }

    @Test
    void everySeededPlanExportedAndImportedAgainHasItsSectionsAndActivities() {
        List<String> wrong = new ArrayList<>();
        int n = 900;
        for (ProgrammeFixture fixture : ProgrammeFixture.all()) {
            String token = TestTokens.token(fixture.programme().leadAuthority(), "coordinator");
            String planId = fixture.masterPlan().id();
            JsonNode version = api.get("/api/master-plans/" + planId + "/versions/1", token).json();
            for (String format : List.of("docx", "pdf")) {
                n++;
                ApiClient.Download exported = api.download("/api/master-plans/" + planId + "/versions/1/document?format=" + format, token);
                assertThat(exported.status()).isEqualTo(200);
                String imports = "/api/programmes/" + fixture.programme().id() + "/plan-imports";
                ApiClient.Response preview = api.upload(imports, token, "exported." + format, exported.body());
                assertThat(preview.status()).as(preview.body()).isEqualTo(201);
                String number = n + "/KH-UBND";
                ApiClient.Response applied = api.post(imports + "/" + preview.json().get("id").asString() + "/apply", token,
                        "{\"number\":\"" + number + "\"}");
                if (applied.status() != 201) {
                    wrong.add(planId + " as " + format + ": apply answered " + applied.status() + " " + applied.body()
                            + "\npreview: " + preview.body());
                    continue;
                }
                JsonNode plan = applied.json();
                if (!structure(plan.get("draft").get("sections")).equals(structure(version.get("sections")))) {
                    wrong.add(planId + " as " + format + ":\n  expected " + structure(version.get("sections"))
                            + "\n  got      " + structure(plan.get("draft").get("sections")));
                }
                if (!plan.get("title").asString().equals(fixture.masterPlan().title())
                        || !plan.get("issuedOn").asString().equals(fixture.masterPlan().issuedOn().toString())) {
                    wrong.add(planId + " as " + format + ": header " + plan.get("title") + " " + plan.get("issuedOn"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theAnnexOfARevisionSaysWhatChangedAsTheAlertsSayIt() {
        String plans = "/api/programmes/hcmc-mekong-tourism/master-plans";
        ApiClient.Response created = api.post(plans, HCMC, "{\"number\":\"360/KH-UBND\",\"title\":\"Kế hoạch triển khai "
                + "Chương trình liên kết năm 2024 (bổ sung)\",\"issuer\":\"Ủy ban nhân dân Thành phố Hồ Chí Minh\","
                + "\"issuedOn\":\"2024-03-01\",\"period\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},"
                + "\"copyOf\":\"350-kh-ubnd-2024\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String plan = "/api/master-plans/" + created.json().get("id").asString();
        String due = "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(30) + "\"}";
        assertThat(api.post(plan + "/versions", HCMC, due).status()).isEqualTo(201);
        ApiClient.Response edited = api.put(plan + "/draft/activities/2.3", HCMC, "{\"code\":\"2.3\",\"title\":\"Không gian "
                + "kết nối các khu, điểm du lịch\",\"theme\":\"Kết nối sản phẩm - Phát triển hành trình\","
                + "\"timeframe\":\"Quý IV/2024\",\"location\":\"Tỉnh Vĩnh Long\",\"leadUnit\":\"Sở Du lịch Thành phố Hồ Chí "
                + "Minh\",\"coordinatingUnits\":[\"Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long\",\"Hiệp hội Du lịch "
                + "Thành phố Hồ Chí Minh\"],\"notes\":\"Phối hợp với các doanh nghiệp lữ hành\"}", "If-Match",
                api.get(plan, HCMC).header("ETag"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(api.post(plan + "/versions", HCMC, due).status()).isEqualTo(201);

        JsonNode changes = api.get(plan + "/changes?from=1&to=2", HCMC).json();
        assertThat(changes.get("summary")).isNotEmpty();
        ApiClient.Download pdf = api.download(plan + "/changes/document?from=1&to=2&format=pdf", HCMC);
        assertThat(pdf.status()).as(new String(pdf.body())).isEqualTo(200);
        assertThat(pdf.header("Content-Disposition")).contains("filename=\"360-KH-UBND-changes-v1-v2.pdf\"");
        ApiClient.Download docx = api.download(plan + "/changes/document?from=1&to=2&format=docx", HCMC);
        assertThat(docx.status()).isEqualTo(200);
        for (String text : List.of(pdfText(pdf.body()), docxText(docx.body()))) {
            assertThat(text).contains("PHỤ LỤC", "Những thay đổi của Kế hoạch số 360/KH-UBND từ phiên bản 1 đến phiên bản 2");
            changes.get("summary").forEach(sentence -> assertThat(text).contains(flat(sentence.asString())));
        }

        // version 2, with its units and notes, exported and imported again as a plan of its own
        JsonNode version = api.get(plan + "/versions/2", HCMC).json();
        int n = 360;
        for (String format : List.of("docx", "pdf")) {
            ApiClient.Download exported = api.download(plan + "/versions/2/document?format=" + format, HCMC);
            ApiClient.Response preview = api.upload("/api/programmes/hcmc-mekong-tourism/plan-imports", HCMC,
                    "v2." + format, exported.body());
            assertThat(preview.status()).as(preview.body()).isEqualTo(201);
            ApiClient.Response applied = api.post("/api/programmes/hcmc-mekong-tourism/plan-imports/"
                    + preview.json().get("id").asString() + "/apply", HCMC, "{\"number\":\"" + (++n) + "/KH-UBND\"}");
            assertThat(applied.status()).as(applied.body()).isEqualTo(201);
            assertThat(structure(applied.json().get("draft").get("sections"))).as(format)
                    .isEqualTo(structure(version.get("sections")));
        }
    }

    @Test
    void aVersionWithACharacterThePdfFontLacksIsA422NamingItAndStillAWordFile() {
        ApiClient.Response created = api.post("/api/programmes/hcmc-mekong-tourism/master-plans", HCMC,
                "{\"number\":\"370/KH-UBND\",\"title\":\"Kế hoạch liên kết năm 2024 (giao lưu Hàn Quốc 한국)\","
                        + "\"issuer\":\"Ủy ban nhân dân Thành phố Hồ Chí Minh\",\"issuedOn\":\"2024-04-01\","
                        + "\"period\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"copyOf\":\"350-kh-ubnd-2024\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String plan = "/api/master-plans/" + created.json().get("id").asString();
        assertThat(api.post(plan + "/versions", HCMC, "{\"revisionDueDate\":\"" + LocalDate.now().plusDays(30) + "\"}")
                .status()).isEqualTo(201);

        ApiClient.Response pdf = api.get(plan + "/versions/1/document?format=pdf", HCMC);
        ApiClient.Download docx = api.download(plan + "/versions/1/document?format=docx", HCMC);

        assertThat(pdf.status()).as(pdf.body()).isEqualTo(422);
        assertThat(pdf.json().get("type").asString()).isEqualTo("urn:lienket:problem:document-unwritable");
        assertThat(pdf.json().get("detail").asString()).contains("U+D55C");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docxText(docx.body())).contains("한국");
    }

    @Test
    void anotherFormatIs400AndAnUnknownPlanOrVersion404() {
        ApiClient.Response odt = api.get(PLAN_350 + "/versions/1/document?format=odt", HCMC);
        assertThat(odt.status()).isEqualTo(400);
        assertThat(odt.json().get("field").asString()).isEqualTo("format");
        assertThat(api.get(PLAN_350 + "/changes/document?from=1&to=1&format=rtf", HCMC).json().get("field").asString())
                .isEqualTo("format");
        assertThat(api.get(PLAN_350 + "/changes/document?from=0&to=1", HCMC).json().get("field").asString()).isEqualTo("from");
        assertThat(api.get(PLAN_350 + "/changes/document?from=1&to=x", HCMC).json().get("field").asString()).isEqualTo("to");
        assertThat(api.get(PLAN_350 + "/changes/document?from=1", HCMC).json().get("field").asString()).isEqualTo("to");
        assertThat(api.get(PLAN_350 + "/versions/99/document", HCMC).status()).isEqualTo(404);
        assertThat(api.get(PLAN_350 + "/changes/document?from=1&to=99", HCMC).status()).isEqualTo(404);
        assertThat(api.get("/api/master-plans/no-such-plan/versions/1/document", HCMC).status()).isEqualTo(404);
    }

    /** Every section and activity, each field, as one line each. */
    static List<String> structure(JsonNode sections) {
        List<String> all = new ArrayList<>();
        for (JsonNode s : sections) {
            all.add(s.get("code").asString() + ". " + s.get("title").asString());
            for (JsonNode a : s.get("activities")) {
                List<String> fields = new ArrayList<>();
                for (String name : List.of("code", "title", "theme", "timeframe", "location", "leadUnit", "notes")) {
                    JsonNode value = a.path(name);
                    fields.add(value.isNull() || value.isMissingNode() ? "null" : value.asString());
                }
                fields.add(a.path("coordinatingUnits").toString());
                all.add(String.join(" | ", fields));
            }
        }
        return all;
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return flat(extractor.getText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC, every run of white space one space: lines wrapped on the page compare as the text they hold. */
    static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
