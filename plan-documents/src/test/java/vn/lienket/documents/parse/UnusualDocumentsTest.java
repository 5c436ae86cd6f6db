package vn.lienket.documents.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.read.Block;
import vn.lienket.documents.read.DocumentFormat;
import vn.lienket.documents.read.SourceDocument;

/** A document that is merely unusual is parsed, never thrown at: empty, noise, or a real plan cut up and shuffled. */
class UnusualDocumentsTest {

    @Test
    void anEmptyDocumentIsAnEmptyPlan() {
        ParsedPlan plan = PlanParser.parse(new SourceDocument(DocumentFormat.TEXT, "UTF-8", 0, List.of()));
        assertThat(plan.sections()).isEmpty();
        assertThat(plan.header().title()).isNull();
        assertThat(plan.unrecognised()).isEmpty();
    }

    @Test
    void fragmentsOfLabelsAndNumbersAloneAreNotTrouble() {
        ParsedPlan plan = PlanParser.parse(Documents.paragraphs("KẾ HOẠCH", "", "1.", "a)", "- ", "Thời gian:", "Số:",
                "ngày tháng năm", "II.", "|", "Nơi nhận:"));
        assertThat(plan.sections()).allSatisfy(s -> assertThat(s.activities()).isEmpty());
        List<Block> rows = List.of(Documents.row(1, 1, "STT", "Nội dung"), Documents.row(1, 2), Documents.row(1, 3, "I"),
                Documents.row(1, 4, "", "", "Quý II"));
        assertThatCode(() -> PlanParser.parse(new SourceDocument(DocumentFormat.DOCX, "UTF-8", 1, rows))).doesNotThrowAnyException();
    }

    @Test
    void kienGiangsPlanCutUpAndShuffledIsStillParsed() {
        List<Block> lines = Documents.kienGiang().blocks();
        Random random = new Random(15);
        for (int round = 0; round < 200; round++) {
            List<Block> cut = new ArrayList<>(lines.subList(random.nextInt(lines.size()), lines.size()));
            if (round % 2 == 0) {
                Collections.shuffle(cut, random);
            }
            List<Block> blocks = cut.subList(0, random.nextInt(cut.size() + 1));
            assertThatCode(() -> PlanParser.parse(new SourceDocument(DocumentFormat.TEXT, "UTF-8", 1, blocks)))
                    .doesNotThrowAnyException();
        }
    }
}
