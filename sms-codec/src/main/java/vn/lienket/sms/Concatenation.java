package vn.lienket.sms;

import java.util.Arrays;

/** The 8-bit-reference concatenation header (IEI 0x00) that ties an SMS's parts together. */
public final class Concatenation {

    private static final int UDH_LENGTH = 6;

    private Concatenation() {
    }

    public static byte[] prefix(int reference, int total, int sequence, byte[] body) {
        byte[] payload = new byte[UDH_LENGTH + body.length];
        payload[0] = 0x05; // length of the header that follows
        payload[1] = 0x00; // IEI: concatenated short message, 8-bit reference
        payload[2] = 0x03; // IE length
        payload[3] = (byte) reference;
        payload[4] = (byte) total;
        payload[5] = (byte) sequence;
        System.arraycopy(body, 0, payload, UDH_LENGTH, body.length);
        return payload;
    }

    /** A received part: its reference, total and sequence, and the body without the header. */
    public record Part(int reference, int total, int sequence, byte[] body) {
    }

    /** Reads a payload sent with the UDHI flag; a header without a concatenation element is one whole part. */
    public static Part read(byte[] payload) {
        int headerLength = payload[0] & 0xFF;
        byte[] body = Arrays.copyOfRange(payload, headerLength + 1, payload.length);
        for (int i = 1; i + 1 < headerLength + 1; ) {
            int iei = payload[i] & 0xFF;
            int len = payload[i + 1] & 0xFF;
            if (iei == 0x00 && len == 3) {
                return new Part(payload[i + 2] & 0xFF, payload[i + 3] & 0xFF, payload[i + 4] & 0xFF, body);
            }
            i += 2 + len;
        }
        return new Part(0, 1, 1, body);
    }
}
