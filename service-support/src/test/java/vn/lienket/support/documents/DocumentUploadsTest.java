package vn.lienket.support.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.lienket.support.web.ApiException;

class DocumentUploadsTest {

    private final DocumentUploads uploads = new DocumentUploads(DataSize.ofKilobytes(1), null, null, null, null);

    @Test
    void anUploadsNameIsKeptWithoutTheClientsFolders() {
        assertThat(DocumentUploads.fileName("C:\\Users\\so-du-lich\\Kế hoạch 350.docx")).isEqualTo("Kế hoạch 350.docx");
        assertThat(DocumentUploads.fileName("/home/a/350.pdf")).isEqualTo("350.pdf");
        assertThat(DocumentUploads.fileName(null)).isEqualTo("document");
        assertThat(DocumentUploads.fileName("x".repeat(300) + ".txt")).hasSize(255);
    }

    @Test
    void aDocumentIsReadWithItsNameSizeAndDigest() {
        byte[] content = "KẾ HOẠCH\nI. NỘI DUNG\n".getBytes(StandardCharsets.UTF_8);
        UploadedDocument read = uploads.read("/tmp/ke-hoach.txt", content);

        assertThat(read.fileName()).isEqualTo("ke-hoach.txt");
        assertThat(read.size()).isEqualTo(content.length);
        assertThat(read.sha256()).hasSize(64);
        assertThat(read.document().blocks()).hasSize(2);
    }

    @Test
    void aRefusedDocumentIsItsProblemOnTheFieldFileAndTheLimitsAreTheConfiguredOnes() {
        assertThat(uploads.limits().maxBytes()).isEqualTo(1024);
        assertThat(uploads.limits().maxPages()).isEqualTo(300);

        assertThatThrownBy(() -> uploads.read("big.txt", new byte[2048]))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(413);
                    assertThat(e.slug()).isEqualTo("document-too-large");
                    assertThat(e.field()).isEqualTo("file");
                });
        assertThatThrownBy(() -> uploads.read("x.bin", new byte[] {0, 1, 2, 3, 0, 0, 7}))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(415));
    }
}
