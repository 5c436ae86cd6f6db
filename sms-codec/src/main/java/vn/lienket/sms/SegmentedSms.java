package vn.lienket.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A text split into the parts a phone reassembles, each encoded for SMPP's short_message field. */
public record SegmentedSms(SmsEncoding encoding, List<String> parts) {

    public SegmentedSms {
        parts = List.copyOf(parts);
    }

    public int segments() {
        return parts.size();
    }

    public String text() {
        return String.join("", parts);
    }

    /** Each part's payload; for more than one part, prefixed with the concatenation UDH (esm_class UDHI). */
    public List<byte[]> payloads(int reference) {
        List<byte[]> payloads = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            byte[] body = encode(parts.get(i));
            payloads.add(parts.size() == 1 ? body : Concatenation.prefix(reference, parts.size(), i + 1, body));
        }
        return payloads;
    }

    public byte[] encode(String part) {
        return encoding == SmsEncoding.GSM7 ? Gsm7.encode(part) : part.getBytes(StandardCharsets.UTF_16BE);
    }

    public static String decode(byte dataCoding, byte[] body) {
        return dataCoding == SmsEncoding.UCS2.dataCoding()
                ? new String(body, StandardCharsets.UTF_16BE)
                : Gsm7.decode(body);
    }
}
