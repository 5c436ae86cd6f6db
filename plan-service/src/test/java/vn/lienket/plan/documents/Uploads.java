package vn.lienket.plan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import vn.lienket.support.testing.ApiClient;

/** Multipart uploads as a browser or {@code curl -F} sends them: the document in the part {@code file}. */
final class Uploads {

    static final String BOUNDARY = "----lienket-test-7c1e5a";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Uploads(String base) {
        this.base = base;
    }

    ApiClient.Response post(String path, String token, String fileName, byte[] content) {
        return post(path, token, "file", fileName, content);
    }

    ApiClient.Response post(String path, String token, String part, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head(part, fileName));
        body.writeBytes(content);
        body.writeBytes(tail());
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * A document of {@code size} bytes made as it is sent, never held: its declared length is the
     * whole body's. With {@code expectContinue} the client waits for the server's go-ahead before sending it.
     */
    ApiClient.Response stream(String path, String token, String fileName, long size, boolean expectContinue) {
        byte[] head = head("file", fileName);
        byte[] tail = tail();
        long length = head.length + size + tail.length;
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
                        new java.io.ByteArrayInputStream(head), new Generated(size), new java.io.ByteArrayInputStream(tail))))),
                length);
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .expectContinue(expectContinue)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(publisher));
    }

    private static byte[] head(String part, String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
