package vn.lienket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.documents.parse.PlanParser;
import vn.lienket.documents.read.DocumentLimits;
import vn.lienket.documents.read.DocumentReader;
import vn.lienket.documents.samples.Accuracy;
import vn.lienket.documents.samples.Layout;
import vn.lienket.documents.samples.Layouts;
import vn.lienket.documents.samples.Sample;
import vn.lienket.documents.samples.SamplePlans;
import vn.lienket.documents.write.PlanDocument;
import vn.lienket.localplatform.LocalPlatform;
import vn.lienket.fixtures.ProgrammeFixture;
import vn.lienket.support.testing.ApiClient;

/**
 * How long a plan of 50 pages takes to import and to export, through the gateway of a running
 * stack as a person's browser would send it, and how many fields an import reads right in each
 * layout the tests build. Figures: bench/results/documents.json.
 * <ul>
 *   <li>import: {@code POST /api/programmes/{id}/plan-imports} of the plan as .docx and as .pdf
 *       (as this platform exports it), to the preview's answer;</li>
 *   <li>export: {@code GET /api/master-plans/{id}/versions/1/document} of the same plan, once
 *       imported, applied and published, as .pdf and as .docx;</li>
 *   <li>accuracy: every fixture plan and the 50-page plan in every {@link Layout}, read and parsed
 *       by the library the services run, fields right out of fields present ({@link Accuracy}).</li>
 * </ul>
 */
public final class DocumentBench {

    static final Path DATA = Path.of("bench/target/platform-data");
    private static final String PROGRAMME = "/api/programmes/hcmc-mekong-tourism";

    private DocumentBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("rounds", 10);
        int pages = Integer.getInteger("pages", 50);
        LocalPlatform platform = new LocalPlatform(3000, DATA.toString(), Map.of());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("measured_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        PlanDocument plan = SamplePlans.generated(pages);
        Sample docx = Layouts.of(plan, Layout.EXPORTED_DOCX, "plan-50-pages");
        Sample pdf = Layouts.of(plan, Layout.EXPORTED_PDF, "plan-50-pages");
        int pdfPages;
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            pdfPages = document.getNumberOfPages();
        }
        results.put("plan", Map.of("pages_as_pdf", pdfPages, "activities",
                plan.sections().stream().mapToInt(s -> s.activities().size()).sum(),
                "docx_bytes", docx.content().length, "pdf_bytes", pdf.content().length));
        System.out.printf("plan: %d pages as PDF, %d bytes as .docx, %d as .pdf%n", pdfPages, docx.content().length,
                pdf.content().length);

        results.put("accuracy", accuracy());
        platform.down();
        platform.clean();
        try {
            platform.up();
            ApiClient api = platform.api();
            String hcmc = platform.token("ho-chi-minh-city");
            Map<String, Object> imports = new LinkedHashMap<>();
            String importId = null;
            for (Sample sample : List.of(docx, pdf)) {
                List<String> ids = new ArrayList<>();
                Percentiles timing = time(rounds, () -> {
                    ApiClient.Response preview = api.upload(PROGRAMME + "/plan-imports", hcmc, sample.fileName(),
                            sample.content());
                    require(preview.status() == 201, "import", preview.status() + " " + preview.body());
                    ids.add(preview.json().get("id").asString());
                    return null;
                });
                imports.put(sample.layout().extension(), timing.json());
                System.out.printf("import of the %d-page plan as .%s: %s%n", pdfPages, sample.layout().extension(), timing);
                importId = importId == null ? ids.get(0) : importId;
            }
            results.put("import_50_pages", imports);

            ApiClient.Response applied = api.post(PROGRAMME + "/plan-imports/" + importId + "/apply", hcmc, "{}");
            require(applied.status() == 201, "apply", applied.status() + " " + applied.body());
            String planPath = "/api/master-plans/" + applied.json().get("id").asString();
            LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
            ApiClient.Response published = api.post(planPath + "/versions", hcmc,
                    "{\"revisionDueDate\":\"" + due + "\",\"summary\":\"bench\"}");
            require(published.status() == 201, "publish", published.status() + " " + published.body());

            Map<String, Object> exports = new LinkedHashMap<>();
            for (String format : List.of("pdf", "docx")) {
                Percentiles timing = time(rounds, () -> {
                    ApiClient.Download file = api.download(planPath + "/versions/1/document?format=" + format, hcmc);
                    require(file.status() == 200, "export", file.status() + " " + new String(file.body()));
                    return null;
                });
                exports.put(format, timing.json());
                System.out.printf("export of the %d-page plan as .%s: %s%n", pdfPages, format, timing);
            }
            results.put("export_50_pages", exports);
        } finally {
            platform.down();
            Path out = platform.root().resolve("bench/results/documents.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(results));
            System.out.println("wrote " + out);
        }
    }

    /** Fields right out of fields present, by layout, over every fixture plan and a generated one. */
    private static Map<String, Object> accuracy() throws IOException {
        DocumentReader reader = new DocumentReader(DocumentLimits.defaults());
        List<PlanDocument> plans = new ArrayList<>(ProgrammeFixture.all().stream()
                .map(f -> SamplePlans.of(f.masterPlan())).toList());
        plans.add(SamplePlans.generated(10));
        Map<String, Object> byLayout = new LinkedHashMap<>();
        int present = 0;
        int right = 0;
        for (Layout layout : Layout.values()) {
            int layoutPresent = 0;
            int layoutRight = 0;
            List<String> wrong = new ArrayList<>();
            for (PlanDocument plan : plans) {
                Sample sample = Layouts.of(plan, layout, "plan");
                Accuracy accuracy = Accuracy.of(PlanParser.parse(reader.read(sample.content(), sample.fileName())),
                        sample.written());
                layoutPresent += accuracy.present();
                layoutRight += accuracy.right();
                accuracy.wrong().stream().limit(5).forEach(wrong::add);
            }
            present += layoutPresent;
            right += layoutRight;
            byLayout.put(layout.name(), Map.of("present", layoutPresent, "right", layoutRight,
                    "ratio", Percentiles.round((double) layoutRight / layoutPresent), "first_wrong", wrong));
            System.out.printf("accuracy %-15s %d/%d%s%n", layout, layoutRight, layoutPresent,
                    wrong.isEmpty() ? "" : " e.g. " + wrong.get(0));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("plans", plans.size());
        json.put("present", present);
        json.put("right", right);
        json.put("ratio", Percentiles.round((double) right / present));
        json.put("by_layout", byLayout);
        return json;
    }

    /** Two rounds not measured, then {@code rounds} measured, one after another. */
    private static Percentiles time(int rounds, Supplier<Void> call) {
        call.get();
        call.get();
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Percentiles.of(millis);
    }

    private static void require(boolean ok, String step, String detail) {
        if (!ok) {
            throw new IllegalStateException(step + " failed: " + detail);
        }
    }
}
