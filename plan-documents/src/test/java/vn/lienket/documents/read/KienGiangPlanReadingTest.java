package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The real plan, as the text it reached us in: read as it is, no line lost, nothing "converted". */
class KienGiangPlanReadingTest {

    private static final String PLAN = "/fixtures/documents/kien-giang-2024-implementation-plan.txt";

    @Test
    void the_kien_giang_plan_reads_as_utf8_text_with_every_line_kept_and_numbered_as_in_the_file() throws IOException {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream(PLAN)) {
            content = in.readAllBytes();
        }

        SourceDocument document = new DocumentReader(DocumentLimits.defaults()).read(content, "kien-giang.txt");

        assertThat(document.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(document.encoding()).isEqualTo("UTF-8");
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        List<String> expectedSources = new ArrayList<>();
        List<String> expectedTexts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String text = Normalizer.normalize(lines[i], Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!text.isEmpty()) {
                expectedSources.add("line " + (i + 1));
                expectedTexts.add(text);
            }
        }
        assertThat(document.blocks()).extracting(Block::source).containsExactlyElementsOf(expectedSources);
        assertThat(document.blocks()).extracting(Block::text).containsExactlyElementsOf(expectedTexts);
        assertThat(document.blocks()).extracting(Block::text).contains("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU");
        assertThat(document.pages()).isBetween(3, 30);
    }
}
