package vn.lienket.support.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A client as simple as Python's urllib: it sends no {@code Expect: 100-continue}, writes the whole
 * body, and only then reads the answer. A server that answers early and closes without reading the
 * body resets such a client's connection, and the answer is lost.
 */
public final class RawClient {

    private RawClient() {
    }

    /** POSTs {@code bodyBytes} bytes of JSON-looking filler to 127.0.0.1:{@code port}, returns the raw response. */
    public static String postWholeBodyThenRead(int port, String path, String token, int bodyBytes) throws IOException {
        byte[] body = new byte[bodyBytes];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[bodyBytes - 1] = '}';
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Type: application/json\r\nContent-Length: " + bodyBytes + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < bodyBytes; at += 64 * 1024) {
                out.write(body, at, Math.min(64 * 1024, bodyBytes - at));
            }
            out.flush();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) >= 0; ) {
            read.write(chunk, 0, n);
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
