package vn.lienket.localstack.smsc;

import java.time.Instant;

/** A whole message as a phone would show it, after its parts were reassembled. */
public record ReceivedSms(String recipient, String sender, String text, int segments, int dataCoding, Instant time,
                          String systemId) {
}
