package vn.lienket.localstack.smsc;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import vn.lienket.sms.Concatenation;
import vn.lienket.sms.SegmentedSms;

/** Collects the parts of concatenated messages until each is whole. */
final class Reassembly {

    private record Key(String sender, String recipient, int reference, int total) {
    }

    private final Map<Key, TreeMap<Integer, byte[]>> pending = new ConcurrentHashMap<>();

    /** The whole message once its last part has arrived. */
    Optional<ReceivedSms> add(String systemId, String sender, String recipient, byte dataCoding, boolean udhi,
                              byte[] payload) {
        if (!udhi) {
            return Optional.of(new ReceivedSms(recipient, sender, SegmentedSms.decode(dataCoding, payload), 1,
                    dataCoding, Instant.now(), systemId));
        }
        Concatenation.Part part = Concatenation.read(payload);
        if (part.total() <= 1) {
            return Optional.of(new ReceivedSms(recipient, sender, SegmentedSms.decode(dataCoding, part.body()), 1,
                    dataCoding, Instant.now(), systemId));
        }
        Key key = new Key(sender, recipient, part.reference(), part.total());
        TreeMap<Integer, byte[]> parts = pending.computeIfAbsent(key, k -> new TreeMap<>());
        synchronized (parts) {
            parts.put(part.sequence(), part.body());
            if (parts.size() < part.total()) {
                return Optional.empty();
            }
            pending.remove(key);
            StringBuilder text = new StringBuilder();
            parts.values().forEach(body -> text.append(SegmentedSms.decode(dataCoding, body)));
            return Optional.of(new ReceivedSms(recipient, sender, text.toString(), part.total(), dataCoding,
                    Instant.now(), systemId));
        }
    }
}
