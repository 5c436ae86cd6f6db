package vn.lienket.support.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A form with one file, as a browser or {@code curl -F file=@plan.docx} sends it: one part named
 * {@code file}, typed {@code application/octet-stream} whatever its name (the services sniff the
 * type themselves), as one array so that its length is declared (the limits refuse chunked bodies).
 */
public final class Multipart {

    public static final String BOUNDARY = "lienket-form-boundary";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Multipart() {
    }

    public static byte[] file(String fileName, byte[] content) {
        return file("file", fileName, content);
    }

    /** The same form with the file in the part {@code part}: "document" is a form the services refuse. */
    public static byte[] file(String part, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
        out.writeBytes(head(part, fileName));
        out.writeBytes(content);
        out.writeBytes(tail());
        return out.toByteArray();
    }

    /** What comes before the file's bytes: the boundary and the part's headers (for a body streamed, never held). */
    public static byte[] head(String part, String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What comes after the file's bytes: the closing boundary. */
    public static byte[] tail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
