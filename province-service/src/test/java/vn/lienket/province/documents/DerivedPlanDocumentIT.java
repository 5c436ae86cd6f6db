package vn.lienket.province.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;

/**
 * A published derived version written out as Kiên Giang's implementation plan, in .pdf and .docx,
 * citing plan 350 and naming Kiên Giang's own units; and either read back into the same plan
 * matches every activity by its code and changes nothing.
 */
@ServiceTest
class DerivedPlanDocumentIT extends KienGiangPlans {

    static final String PROMOTION_CENTRE = "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Kiên Giang";
    static final String NEWSPAPER = "Báo Kiên Giang";

    /** Kiên Giang's plan of a copy of 350 with its version 2: 2.3 and 3.1 led by its promotion centre. */
    String publishedPlan() {
        String plan = derivedPlan("document");
        ApiClient.Response read = api().get(plan, KIEN_GIANG);
        String etag = read.header("ETag");
        for (String code : List.of("2.3", "3.1")) {
            JsonNode activity = activity(read.json(), code);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("leadUnit", PROMOTION_CENTRE);
            fields.put("coordinatingUnits", List.of("Sở Du lịch tỉnh Kiên Giang", NEWSPAPER));
            for (String name : List.of("theme", "timeframe", "location")) {
                fields.put(name, activity.get(name).isNull() ? null : activity.get(name).asString());
            }
            ApiClient.Response put = api().put(plan + "/activities/" + code, KIEN_GIANG, ApiClient.json(fields),
                    "If-Match", etag);
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            etag = put.header("ETag");
        }
        ApiClient.Response published = api().post(plan + "/versions", KIEN_GIANG, "{\"resolutions\":[]}", "If-Match", etag);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return plan;
    }

    @Test
    void aPublishedVersionIsKienGiangsPlanCitingPlan350AsPdfAndDocx() throws IOException {
        String plan = publishedPlan();

        ApiClient.Download pdf = api().download(plan + "/versions/2/document", KIEN_GIANG);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"kien-giang-350-KH-UBND-v2.pdf\"")
                .contains("filename*=UTF-8''");
        // kept for a look (pdftoppm -png -r 60 target/documents/kien-giang-350-v2.pdf): the README's picture
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "kien-giang-350-v2.pdf"), pdf.body());
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            pdfText = plain(new PDFTextStripper().getText(document));
        }
        assertReadsAsKienGiangsPlan(pdfText);

        ApiClient.Download docx = api().download(plan + "/versions/2/document?format=docx", KIEN_GIANG);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.header("Content-Disposition")).startsWith("attachment; filename=\"kien-giang-350-KH-UBND-v2.docx\"");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
                    + "\n" + document.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
            assertReadsAsKienGiangsPlan(plain(text));
        }

        ApiClient.Response otherFormat = api().get(plan + "/versions/2/document?format=xlsx", KIEN_GIANG);
        assertThat(otherFormat.status()).isEqualTo(400);
        assertThat(otherFormat.json().get("field").asString()).isEqualTo("format");
        assertThat(api().get(plan + "/versions/9/document", KIEN_GIANG).status()).isEqualTo(404);
    }

    @Test
    void theExportedDocxReadBackMatchesEveryActivityByCodeAndChangesNothing() {
        readBackChangesNothing("docx");
    }

    @Test
    void theExportedPdfReadBackMatchesEveryActivityByCodeAndChangesNothing() {
        readBackChangesNothing("pdf");
    }

    private void readBackChangesNothing(String format) {
        String plan = publishedPlan();
        ApiClient.Download exported = api().download(plan + "/versions/2/document?format=" + format, KIEN_GIANG);
        assertThat(exported.status()).isEqualTo(200);
        ApiClient.Response read = api().get(plan, KIEN_GIANG);

        ApiClient.Response uploaded = api().upload(plan + "/imports", KIEN_GIANG,
                "kien-giang-350-KH-UBND-v2." + format, exported.body());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.get("format").asString()).isEqualTo(format.toUpperCase(Locale.ROOT));
        assertThat(preview.get("activities").valueStream().map(a -> a.get("match").get("by").asString() + " "
                + a.get("documentCode").asString() + "=" + a.get("match").get("masterCode").asString()))
                .as("every activity by its code").containsExactlyElementsOf(MASTER_CODES.stream()
                        .map(c -> "CODE " + c + "=" + c).toList());
        assertThat(preview.get("deviations")).as("no deviation").isEqualTo(read.json().get("deviations"));
        assertThat(preview.get("header").get("citedPlans").valueStream().map(c -> c.get("value").asString()))
                .contains("350/KH-UBND");

        ApiClient.Response applied = api().post(plan + "/imports/" + preview.get("id").asString() + "/apply",
                KIEN_GIANG, "", "If-Match", read.header("ETag"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonNode after = api().get(plan, KIEN_GIANG).json();
        assertThat(after.get("activities")).as("no field changed").isEqualTo(read.json().get("activities"));
        assertThat(after.get("deviations")).isEqualTo(read.json().get("deviations"));
        assertThat(after.get("unpublishedEdits").asBoolean()).isFalse();
    }

    private static void assertReadsAsKienGiangsPlan(String text) {
        assertThat(text).contains("KẾ HOẠCH");
        assertThat(text).contains("Căn cứ Kế hoạch số 350/KH-UBND");
        assertThat(text).containsIgnoringCase("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(text).containsIgnoringCase("tỉnh Kiên Giang");
        assertThat(text).contains(PROMOTION_CENTRE).contains(NEWSPAPER).contains("Sở Du lịch tỉnh Kiên Giang");
        assertThat(text).as("the master's activities").contains("Không gian kết nối các khu, điểm du lịch");
    }

    /** As a reader sees it: NFC, lines joined. */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
