package vn.lienket.documents.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.lienket.documents.DocumentRefused;
import vn.lienket.documents.testing.TestDocuments;

/** Whatever bytes of a real file are damaged, the reader either reads it or refuses it; it never fails otherwise. */
class DamagedFilesTest {

    private final DocumentReader reader = new DocumentReader(DocumentLimits.defaults());

    @Test
    void a_docx_with_damaged_bytes_is_read_or_refused_never_thrown_at_the_caller_otherwise() {
        byte[] docx = TestDocuments.docx().heading(1, "KẾ HOẠCH").numbered(TestDocuments.ACTIVITIES, 0, "Hội chợ")
                .table(List.of(List.of("STT", "Nội dung"), List.of("1", "Famtrip"))).bytes();

        damagedCopies(docx).forEach(this::readOrRefuse);
    }

    @Test
    void a_pdf_with_damaged_bytes_is_read_or_refused_never_thrown_at_the_caller_otherwise() {
        byte[] pdf = TestDocuments.pdf(List.of("Kế hoạch số 350/KH-UBND ngày 19/01/2024", "Hội chợ thương mại vùng"));

        damagedCopies(pdf).forEach(this::readOrRefuse);
    }

    private void readOrRefuse(byte[] content) {
        try {
            SourceDocument document = reader.read(content, "hong.bin");
            assertThat(document.blocks()).isNotNull();
        } catch (DocumentRefused refused) {
            assertThat(refused.getMessage()).contains("hong.bin").doesNotContain("Exception");
        }
    }

    private static List<byte[]> damagedCopies(byte[] original) {
        Random random = new Random(15);
        return java.util.stream.IntStream.range(0, 40).mapToObj(i -> {
            byte[] copy = original.clone();
            int start = random.nextInt(copy.length);
            for (int j = 0; j < 1 + random.nextInt(64) && start + j < copy.length; j++) {
                copy[start + j] = (byte) random.nextInt(256);
            }
            return copy;
        }).toList();
    }
}
