package vn.lienket.plan.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.Multipart;

/**
 * An upload too large to hold: the form of {@link Multipart} with a document of hundreds of MB made
 * as it is sent (any other upload is {@link ApiClient#upload}).
 */
final class Uploads {

    private Uploads() {
    }

    /**
     * A document of {@code size} bytes made as it is sent, never held: its declared length is the
     * whole body's. With {@code expectContinue} the client waits for the server's go-ahead before sending it.
     */
    static ApiClient.Response stream(ApiClient api, String path, String token, String fileName, long size,
            boolean expectContinue) {
        byte[] head = Multipart.head("file", fileName);
        byte[] tail = Multipart.tail();
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(head), new Generated(size), new ByteArrayInputStream(tail))))),
                head.length + size + tail.length);
        return api.stream(path, token, Multipart.CONTENT_TYPE, publisher, expectContinue);
    }

    /** Text-like bytes, as many as asked, made on the fly. */
    static final class Generated extends InputStream {

        private static final byte[] LINE = "Kế hoạch liên kết hợp tác phát triển du lịch năm 2024\n".getBytes(StandardCharsets.UTF_8);
        private long left;
        private int at;

        Generated(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            byte b = LINE[at];
            at = (at + 1) % LINE.length;
            return b & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LINE[at];
                at = (at + 1) % LINE.length;
            }
            left -= n;
            return n;
        }
    }
}
